using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.E2E.Tests.Console;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>
/// A consultation on a draft resolution (the definition beside this file): its draft-comments step
/// (<see cref="StepId"/>) waits as soon as it starts, so the public can read and comment on the draft.
/// </summary>
internal static class DraftConsultation
{
    public const string DefinitionId = "portal.draft-comments";

    public const string StepId = "comments";

    /// <summary>Seeds the staff users, publishes the definition (import as the draft, publish) and starts a consultation on it as the Council Office.</summary>
    public static async Task<Guid> StartAsync(TestWebHost host)
    {
        await TestUsers.SeedAsync(host);
        using (var administrator = await ConsoleSession.ApiAsync(host, Roles.Administrator))
        {
            var json = await File.ReadAllTextAsync(Path.Combine(SourceFolder(), "Definitions", DefinitionId + ".json"));
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var imported = await administrator.PostAsync(new Uri("api/definitions/import", UriKind.Relative), content);
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
            using var publish = await administrator.PostAsJsonAsync(new Uri($"api/definitions/{DefinitionId}/draft/publish", UriKind.Relative), new { });
            Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
        }

        using var office = await ConsoleSession.ApiAsync(host, Roles.CouncilOffice);
        using var started = await office.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = DefinitionId, title = "Góp ý dự thảo Nghị quyết phí trông giữ xe" });
        var body = await started.Content.ReadAsStringAsync();
        Assert.True(started.IsSuccessStatusCode, body);
        using var detail = JsonDocument.Parse(body);
        return detail.RootElement.GetProperty("instance").GetProperty("id").GetGuid();
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

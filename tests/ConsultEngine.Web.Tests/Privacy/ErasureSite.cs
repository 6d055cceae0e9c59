using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Privacy;

/// <summary>A consultation of <c>hdnd.standard@2</c> (which offers feedback) brought to its open tools on a real host, and public submissions sent over HTTP.</summary>
internal static class ErasureSite
{
    /// <summary>Text that only the probes' submissions carry, looked for in the database file's bytes.</summary>
    public const string ProbeText = "ERASE-PROBE-TEXT Ý kiến riêng của cử tri";
    public const string ProbeOccupation = "ERASE-PROBE-OCCUPATION";
    public const string ProbeContact = "erase.probe@example.vn";

    public static async Task<Guid> OpenAsync(TestWebHost host)
    {
        var services = host.Services;
        var engine = services.GetRequiredService<ProcessEngine>();
        var tools = services.GetRequiredService<IToolSteps>();
        var scenario = JsonNode.Parse(await File.ReadAllTextAsync(PublicationSeed.ScenarioPath))!.AsObject();
        var instance = await engine.StartAsync("hdnd.standard", 2, scenario["start"]!["variables"]!.DeepClone().AsObject(), "Xóa dữ liệu cá nhân", PortalSeed.Actor);
        foreach (var action in scenario["actions"]!.AsArray().Select(a => a!.AsObject()).Where(a => !a.ContainsKey("expectError")))
        {
            var actor = action["actor"]?.GetValue<string>() ?? PortalSeed.Actor;
            var outcome = action["outcome"]?.GetValue<string>();
            if (action["tool"]?.GetValue<string>() is { } tool)
            {
                if (tool is PortalSeed.SurveyStep or PortalSeed.PollStep or PortalSeed.HearingStep)
                {
                    await PortalSeed.SetUpToolsAsync(tools, instance.Id, DateTimeOffset.UtcNow);
                    return instance.Id;
                }

                await tools.CloseAsync(instance.Id, tool, actor, outcome);
            }
            else if (action["complete"]?.GetValue<string>() is { } step)
            {
                await engine.CompleteStepAsync(instance.Id, step, new StepCompletion(actor, outcome, action["output"]?.DeepClone()));
            }
        }

        throw new InvalidOperationException("The scenario never reaches its tools.");
    }

    /// <summary>A survey response with the probes (free text, an attribute, a contact); returns its input id and deletion code.</summary>
    public static async Task<(Guid InputId, string DeletionCode)> SubmitAsync(HttpClient client, Guid id, string satisfaction = "3", bool probes = true)
    {
        object body = probes
            ? new
            {
                answers = new { collected = "yes", frequency = 2, satisfaction },
                text = ProbeText,
                respondent = new { occupation = ProbeOccupation },
                notify = new { channel = "email", contact = ProbeContact },
                consent = new { privacy = true, sensitive = false },
            }
            : new { answers = new { collected = "yes", frequency = 2, satisfaction }, consent = new { privacy = true, sensitive = false } };
        using var response = await client.PostAsJsonAsync($"/api/consultations/{id}/steps/{PortalSeed.SurveyStep}/submissions", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        using var json = JsonDocument.Parse(text);
        var code = json.RootElement.GetProperty("deletionCode").GetString();
        Assert.False(string.IsNullOrWhiteSpace(code));
        return (json.RootElement.GetProperty("inputIds")[0].GetGuid(), code!);
    }

    public static Task<HttpResponseMessage> DeleteAsync(HttpClient client, Guid id, string identifier, string code) =>
        client.PostAsJsonAsync("/api/privacy/deletions", new { consultation = id, identifier, code });

    /// <summary>The database file and its WAL, as bytes (what a copy of the disk would show).</summary>
    public static byte[] DatabaseBytes(TestWebHost host)
    {
        var path = Path.Combine(host.Folder.Path, "consult.db");
        using var all = new MemoryStream();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.CopyTo(all);
        }

        return all.ToArray();
    }

    public static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
}

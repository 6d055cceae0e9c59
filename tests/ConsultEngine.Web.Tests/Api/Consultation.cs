using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>Starting consultations of the standard process over the API, as the console's tests need them.</summary>
internal static class Consultation
{
    public const string Standard = "hdnd.standard";

    /// <summary>The newest published version of the standard process, as the definitions API reports it.</summary>
    public static async Task<int> NewestPublishedAsync(WebHostFixture fixture)
    {
        using var client = await fixture.ClientAsync(Roles.CouncilOffice);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/definitions/" + Standard, UriKind.Relative)));
        return json.RootElement.GetProperty("versions").EnumerateArray()
            .Where(v => v.GetProperty("state").GetString() == "Published")
            .Max(v => v.GetProperty("version").GetInt32());
    }

    /// <summary>Starts one as the Council Office and returns its detail (with its timeline).</summary>
    public static async Task<JsonElement> StartAsync(WebHostFixture fixture, string title)
    {
        using var client = await fixture.ClientAsync(Roles.CouncilOffice);
        using var response = await client.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new
        {
            definitionId = Standard,
            title,
            summary = "Phí gửi xe tại các bệnh viện công",
            province = "Hà Giang",
            variables = new { year = 2026 },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Guid Id(JsonElement detail) => detail.GetProperty("instance").GetProperty("id").GetGuid();

    /// <summary>The timeline entry of one step.</summary>
    public static JsonElement Step(JsonElement detail, string stepId) =>
        detail.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("steps").EnumerateArray()).Single(s => s.GetProperty("id").GetString() == stepId);
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>Definitions over the API: list, a version's JSON, validation diagnostics with codes and pointers, refused publishing.</summary>
[Collection(WebHostGroup.Name)]
public sealed class DefinitionsApiTests(WebHostFixture fixture)
{
    [Fact]
    public async Task GetVersion_IsTheStoredJsonOfTheStandardProcess()
    {
        var version = await Consultation.NewestPublishedAsync(fixture);
        using var client = await fixture.ClientAsync(Roles.Executive);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/definitions/{Consultation.Standard}/versions/{version}", UriKind.Relative)));

        Assert.Equal(Consultation.Standard, json.RootElement.GetProperty("id").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("phases").GetArrayLength());
    }

    [Fact]
    public async Task Validate_ABrokenDocument_ListsEveryDiagnosticWithItsCodeAndPointer()
    {
        using var client = await fixture.ClientAsync(Roles.Administrator);
        const string broken = """
            { "schemaVersion": 1, "id": "broken", "version": 1, "title": { "vi": "Hỏng" },
              "phases": [ { "id": "p", "title": { "vi": "P" }, "steps": [
                { "id": "a", "type": "task", "role": "nobody", "after": ["missing"] } ] } ] }
            """;
        using var content = new StringContent(broken, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("api/definitions/validate", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.True(diagnostics.Count >= 2, body);
        Assert.All(diagnostics, d => Assert.Matches("^CE[0-9]{4}$", d.GetProperty("code").GetString()));
        Assert.Contains(diagnostics, d => d.GetProperty("jsonPointer").GetString()!.StartsWith("/phases/0/steps/0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_WithoutADraft_Is404WithTheStoreCode()
    {
        using var client = await fixture.ClientAsync(Roles.StandingCommittee);
        using var response = await client.PostAsJsonAsync(new Uri("api/definitions/no-such-definition/draft/publish", UriKind.Relative), new { });

        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, "CE8503");
    }
}

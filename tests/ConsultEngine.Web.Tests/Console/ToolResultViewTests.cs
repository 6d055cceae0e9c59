using System.Text.Json;
using System.Text.RegularExpressions;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Localization;
using ConsultEngine.Web.StaffConsole.Parts;
using ConsultEngine.Web.Testing;
using UiCulture = ConsultEngine.Web.Tests.Codes.UiCulture;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// A tool action's result as the console shows it on a Vietnamese page: its fields under the console's
/// labels (a name the catalogue lacks as words, never camelCase), each coded problem in its code's text
/// rather than the tool's English message (kept in the raw JSON), and moments in Vietnam's time.
/// </summary>
public sealed partial class ToolResultViewTests
{
    // The survey's import-xlsform result, as the plugin writes it: a warning whose code the catalogue has.
    private const string ImportResult = """
        {
          "fileName": "khao-sat.xlsx",
          "revision": 2,
          "questionsImported": 2,
          "questions": [ { "id": "q1", "type": "text" }, { "id": "q2", "type": "integer" } ],
          "languages": [ "vi", "en" ],
          "errors": 0,
          "warnings": 1,
          "problems": [
            { "code": "CE9603", "path": "survey!4", "message": "Repeats are not supported: the repeat and the rows inside it are not imported.", "severity": "warning" }
          ]
        }
        """;

    [Fact]
    public async Task AnImportResult_OnAVietnamesePage_NamesNoFieldByItsJsonName_AndSaysItsProblemsByTheirCodes()
    {
        await using var host = await TestWebHost.StartAsync();
        using var result = JsonDocument.Parse(ImportResult);

        var html = await RenderAsync(host, result.RootElement, "vi");

        var shown = Shown(html);
        var headings = Heading().Matches(shown).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.NotEmpty(headings);
        Assert.DoesNotContain(headings, h => CamelCase().IsMatch(h));
        foreach (var name in new[] { "revision", "questionsImported", "errors", "warnings", "problems", "path", "message", "severity" })
        {
            Assert.DoesNotContain(headings, h => h.StartsWith(name, StringComparison.Ordinal));
        }

        var problem = result.RootElement.GetProperty("problems")[0];
        Assert.DoesNotContain(problem.GetProperty("message").GetString()!, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(">warning<", shown, StringComparison.Ordinal);
        using (new UiCulture("vi"))
        {
            var codes = host.Services.GetRequiredService<ICodeText>();
            Assert.True(codes.Knows("CE9603"));
            Assert.Contains($"<td data-column=\"message\">{codes.Text("CE9603")}</td>", shown, StringComparison.Ordinal);
        }

        // Support still reads the tool's own words one click away.
        Assert.Contains(problem.GetProperty("message").GetString()!, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFieldTheCatalogueHasNoLabelFor_ReadsAsWords()
    {
        await using var host = await TestWebHost.StartAsync();
        using var result = JsonDocument.Parse("""{ "someNewCount": 3 }""");

        var shown = Shown(await RenderAsync(host, result.RootElement, "vi"));

        Assert.Contains("<th scope=\"row\">Some new count</th>", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APollsWindowInAResult_ReadsInVietnamsTime_AsThePortalWritesIt()
    {
        await using var host = await TestWebHost.StartAsync();
        var opens = new DateTimeOffset(2026, 12, 6, 1, 30, 0, TimeSpan.Zero);
        var closes = opens.AddDays(7);
        using var result = JsonDocument.Parse($$"""{ "status": "not-open", "opensAt": "{{opens:O}}", "closesAt": "{{closes:yyyy-MM-ddTHH:mm:ssZ}}", "questions": 2 }""");

        var shown = Shown(await RenderAsync(host, result.RootElement, "vi"));

        Assert.Contains($"<td>{MomentText.When(opens, "vi")}</td>", shown, StringComparison.Ordinal);
        Assert.Contains($"<td>{MomentText.When(closes, "vi")}</td>", shown, StringComparison.Ordinal);
        Assert.Contains("06/12/2026, 08:30", shown, StringComparison.Ordinal);
    }

    private static Task<string> RenderAsync(TestWebHost host, JsonElement value, string language) =>
        ConsoleComponentHtml.RenderAsync<ResultView>(host.Services, language, new Dictionary<string, object?>
        {
            [nameof(ResultView.Value)] = value,
            [nameof(ResultView.Language)] = language,
        });

    // What the page shows, without the raw JSON folded under it.
    private static string Shown(string html) => html[..html.IndexOf("<details", StringComparison.Ordinal)];

    [GeneratedRegex("<th[^>]*>([^<]*)</th>")]
    private static partial Regex Heading();

    [GeneratedRegex("^[a-z]+[A-Z]")]
    private static partial Regex CamelCase();
}

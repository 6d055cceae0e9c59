using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Web.StaffConsole.Prefill;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// Fitting a proposal to a form never bends the form: what it can hold is kept, what it cannot becomes
/// a line of its text field, and the result passes the form's schema.
/// </summary>
public sealed class PrefillFitTests
{
    private static readonly string[] Moved = ["/figures/1", "/qualitative"];

    // A province's form: no "qualitative" field, figures that need a respondent count of at least 1, a short text.
    private static readonly JsonElement Form = JsonDocument.Parse("""
        {
          "type": "object",
          "required": ["summary", "figures", "recommendations"],
          "additionalProperties": false,
          "properties": {
            "summary": { "type": "string", "minLength": 1 },
            "figures": {
              "type": "array",
              "items": {
                "type": "object", "required": ["indicator", "value", "respondents"], "additionalProperties": false,
                "properties": { "indicator": { "type": "string" }, "value": { "type": "number" }, "respondents": { "type": "integer", "minimum": 1 } }
              }
            },
            "recommendations": { "type": "array", "items": { "type": "string" } }
          }
        }
        """).RootElement.Clone();

    private static PrefillDraft Draft() => new(
        new JsonObject
        {
            ["summary"] = "482 người, 482 ý kiến.",
            ["figures"] = new JsonArray(
                new JsonObject { ["indicator"] = "Số người", ["value"] = 482, ["respondents"] = 482 },
                new JsonObject { ["indicator"] = "Số lần đổi phiếu", ["value"] = 0, ["respondents"] = 0 }),
            ["qualitative"] = new JsonArray(new JsonObject { ["theme"] = "gia", ["mentions"] = 17 }),
        },
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/figures/1"] = "Số lần đổi phiếu: 0.",
            ["/qualitative/0"] = "Chủ đề “gia”: được nêu 17 lần.",
        });

    [Fact]
    public void Fit_KeepsWhatTheFormHolds_AndPutsTheRestIntoItsTextField()
    {
        var fitted = PrefillFit.Fit(Draft(), Form);

        Assert.True(fitted.Valid, string.Join("; ", fitted.Problems));
        Assert.Equal("summary", fitted.TextField);
        Assert.Equal(Moved, fitted.MovedToText);
        Assert.Equal("Số người", Assert.Single(fitted.Data["figures"]!.AsArray())!["indicator"]!.GetValue<string>());
        Assert.False(fitted.Data.ContainsKey("qualitative"));
        Assert.Equal("482 người, 482 ý kiến.\n\nSố lần đổi phiếu: 0.\nChủ đề “gia”: được nêu 17 lần.", fitted.Data["summary"]!.GetValue<string>());
    }

    [Fact]
    public void Fit_StartsARequiredArrayNobodyProposedEmpty()
    {
        var fitted = PrefillFit.Fit(Draft(), Form);

        Assert.Empty(fitted.Data["recommendations"]!.AsArray());
        Assert.Empty(PrefillFit.Problems(Form, fitted.Data));
    }

    [Fact]
    public void Problems_OfDataTheFormRefuses_AreReported()
    {
        var problems = PrefillFit.Problems(Form, new JsonObject { ["summary"] = "" });

        Assert.NotEmpty(problems);
    }
}

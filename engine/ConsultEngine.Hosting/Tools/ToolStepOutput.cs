using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// The output a closed tool step completes with, which rules read as <c>tools['step']</c>: counts,
/// per-question option counts and shares, numeric summaries, theme counts and the tool's figures.
/// No free text and no respondent attributes: the output goes into the hash-chained journal, which
/// is kept for good, so citizens' words and cross-tabulations stay in the tool's analysis.
/// </summary>
/// <example>
/// <code>
/// { "tool": "online-poll", "toolVersion": "1.0.0", "stored": 12, "counted": 10, "people": 10,
///   "excluded": { "pilot": 1, "duplicate": 0, "withdrawn": 1 },
///   "questions": { "price": { "answered": 10, "options": { "keep": { "count": 6, "share": 0.6, "ci95": [0.3127, 0.8318] } } } },
///   "themes": { "cost": 4 }, "uncoded": 2, "figures": { "registered": 150 } }
/// </code>
/// </example>
internal static class ToolStepOutput
{
    public static JsonObject From(ToolAnalysis analysis, ToolManifest manifest)
    {
        var basis = analysis.Basis;
        var questions = new JsonObject();
        foreach (var question in analysis.Questions)
        {
            questions[question.Id] = Question(question);
        }

        var themes = new JsonObject();
        foreach (var theme in analysis.Themes)
        {
            themes[theme.Theme] = theme.Count;
        }

        var figures = new JsonObject();
        foreach (var figure in analysis.Figures)
        {
            figures[figure.Name] = figure.Value;
        }

        return new JsonObject
        {
            ["tool"] = manifest.Id,
            ["toolVersion"] = manifest.Version,
            ["stored"] = basis.Stored,
            ["counted"] = basis.Counted,
            ["people"] = basis.People,
            ["excluded"] = new JsonObject
            {
                ["pilot"] = basis.ExcludedPilot,
                ["duplicate"] = basis.ExcludedDuplicate,
                ["withdrawn"] = basis.ExcludedWithdrawn,
            },
            ["questions"] = questions,
            ["themes"] = themes,
            ["uncoded"] = analysis.Uncoded.Count,
            ["figures"] = figures,
        };
    }

    private static JsonObject Question(QuestionResult question)
    {
        var result = new JsonObject { ["answered"] = question.Answered };
        if (question.Options.Count > 0)
        {
            var options = new JsonObject();
            foreach (var option in question.Options)
            {
                var entry = new JsonObject
                {
                    ["count"] = option.Count,
                    ["share"] = option.Share,
                    ["ci95"] = new JsonArray(option.Ci95.Low, option.Ci95.High),
                };
                if (option.MeanRank is { } rank)
                {
                    entry["meanRank"] = rank;
                }

                options[option.Value] = entry;
            }

            result["options"] = options;
        }

        if (question.Numeric is { } numeric)
        {
            result["mean"] = numeric.Mean;
            result["ci95"] = new JsonArray(numeric.Ci95.Low, numeric.Ci95.High);
            result["min"] = numeric.Min;
            result["median"] = numeric.Median;
            result["max"] = numeric.Max;
        }

        return result;
    }
}

using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Reporting.Analysis;

namespace ConsultEngine.Web.StaffConsole.Prefill;

/// <summary>
/// The proposal of the <c>consultation-analysis</c> source, by the field names of an analysis report:
/// <c>summary</c> (participation, by tool and channel), <c>quantitative</c> (people and opinions in all
/// and per tool, each answer's share with its interval and its breakdown by respondent attribute with
/// the χ² test, each mean with its Student-t interval, the tools' own figures), <c>qualitative</c> (the
/// coded themes of every source together, with a few quotes), <c>findingsByIssue</c> (the key findings
/// under the consultation's issue) and <c>limitations</c>. Conclusions and recommendations are the
/// Working Group's: none is proposed.
/// </summary>
internal static class AnalysisDraft
{
    private const int QuotesPerTheme = 3;

    public static PrefillDraft Build(ConsultationAnalysis analysis, string issue, PrefillWords words, Func<string, string> stepTitle)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var say = new AnalysisFindings(words, stepTitle);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var themes = Themes(analysis);

        var summary = string.Join("\n", new[] { say.Participation(analysis) }
            .Concat(analysis.BySteps.Select(s => "- " + say.Step(s)))
            .Append(say.Channels(analysis))
            .Append(say.Themes([.. themes.Select(t => (t.Theme, t.Mentions))]))
            .OfType<string>());
        texts["/summary"] = summary;

        var quantitative = new JsonArray();
        void Figure(string indicator, double value, int respondents, string text, string? breakdown = null)
        {
            var item = new JsonObject { ["indicator"] = indicator, ["value"] = value, ["respondents"] = respondents };
            if (breakdown is { Length: > 0 })
            {
                item["breakdown"] = breakdown;
            }

            texts[$"/quantitative/{quantitative.Count}"] = breakdown is { Length: > 0 } ? $"{text} {breakdown}" : text;
            quantitative.Add(item);
        }

        Figure(words.T("Số người tham gia (toàn cuộc tham vấn)", "People who took part (whole consultation)"), analysis.Total.People, analysis.Total.People, say.Participation(analysis));
        Figure(words.T("Số ý kiến (toàn cuộc tham vấn)", "Opinions (whole consultation)"), analysis.Total.Opinions, analysis.Total.People, say.Participation(analysis));
        foreach (var step in analysis.BySteps)
        {
            Figure(words.T($"Số người tham gia — {stepTitle(step.StepId)}", $"People who took part — {stepTitle(step.StepId)}"), step.People, step.People, say.Step(step));
            Figure(words.T($"Số ý kiến — {stepTitle(step.StepId)}", $"Opinions — {stepTitle(step.StepId)}"), step.Opinions, step.People, say.Step(step));
        }

        var findings = new List<string>();
        foreach (var tool in analysis.Tools)
        {
            foreach (var question in tool.Questions)
            {
                var subject = $"{stepTitle(tool.StepId)} — {words.Text(question.Title, question.Id)}";
                foreach (var option in question.Options)
                {
                    Figure(words.T($"{subject}: “{words.Text(option.Label, option.Value)}” — tỷ lệ % (khoảng tin cậy 95%: {words.Range(option.Ci95)})", $"{subject}: “{words.Text(option.Label, option.Value)}” — share % (95% interval {words.Range(option.Ci95)})"),
                        Math.Round(option.Share * 100, 1), question.Answered, say.Leading(tool, question, option), Breakdown(tool, question, option.Value, words));
                }

                if (question.Options.OrderByDescending(o => o.Count).FirstOrDefault() is { } leading)
                {
                    findings.Add(say.Leading(tool, question, leading));
                }

                if (question.Numeric is { } numeric)
                {
                    Figure(words.T($"{subject}: trung bình (khoảng tin cậy 95% theo Student t: {words.NumberRange(numeric.Ci95)})", $"{subject}: mean (95% Student-t interval {words.NumberRange(numeric.Ci95)})"),
                        Math.Round(numeric.Mean, 2), numeric.Count, say.Mean(tool, question, numeric));
                    findings.Add(say.Mean(tool, question, numeric));
                }
            }

            // A significant test is a finding only where the approximation holds; the others are limitations.
            findings.AddRange(tool.CrossTabs.Where(t => t.ChiSquare is { PValue: < 0.05 } test && AnalysisFindings.Reliable(test)).Select(t => say.ChiSquare(tool, t, t.ChiSquare!)));
            // An undefined figure (a rate of no responses) says nothing to report.
            foreach (var (figure, value) in tool.Figures.Where(f => f.Value.HasValue).Select(f => (f, f.Value!.Value)))
            {
                var text = $"{stepTitle(tool.StepId)} — {words.Text(figure.Label, figure.Name)}: {words.Number(value)}.";
                Figure($"{stepTitle(tool.StepId)} — {words.Text(figure.Label, figure.Name)}", value, tool.Basis.People, text);
            }

            if (tool.CoderAgreement is { } agreement)
            {
                findings.Add(say.Agreement(tool, agreement));
            }
        }

        if (say.Themes([.. themes.Select(t => (t.Theme, t.Mentions))]) is { } raised)
        {
            findings.Add(raised);
        }

        var qualitative = new JsonArray();
        foreach (var theme in themes)
        {
            texts[$"/qualitative/{qualitative.Count}"] = words.T($"Chủ đề “{theme.Theme}”: được nêu {words.Count(theme.Mentions)} lần.", $"Theme “{theme.Theme}”: raised {words.Count(theme.Mentions)} times.");
            qualitative.Add(new JsonObject
            {
                ["theme"] = theme.Theme,
                ["mentions"] = theme.Mentions,
                ["quotes"] = new JsonArray([.. theme.Quotes.Select(q => (JsonNode)JsonValue.Create(q))]),
            });
        }

        if (findings.Count == 0)
        {
            findings.Add(say.Participation(analysis));
        }

        texts["/findingsByIssue/0"] = issue + ": " + string.Join(" ", findings);
        var limitations = Limitations(analysis, words, say);
        texts["/limitations"] = limitations;
        var data = new JsonObject
        {
            ["summary"] = summary,
            ["quantitative"] = quantitative,
            ["qualitative"] = qualitative,
            ["findingsByIssue"] = new JsonArray(new JsonObject { ["issue"] = issue, ["findings"] = new JsonArray([.. findings.Select(f => (JsonNode)JsonValue.Create(f))]) }),
            ["limitations"] = limitations,
        };
        return new PrefillDraft(data, texts);
    }

    // One answer across the values of each attribute it was cross-tabulated by, with that table's χ² p-value.
    private static string? Breakdown(ToolAnalysis tool, QuestionResult question, string option, PrefillWords words)
    {
        var parts = tool.CrossTabs.Where(t => t.QuestionId == question.Id).Select(table =>
        {
            var cells = string.Join(", ", table.Rows.Select(r => $"{r.AttributeValue} {words.Percent(r.Options.FirstOrDefault(o => o.Value == option)?.Share ?? 0)}"));
            var test = table.ChiSquare is { } chi ? $" (χ² p {words.P(chi.PValue)}{(chi.SmallCellWarning ? words.T(", ô nhỏ", ", small cells") : "")})" : "";
            return $"{words.Attribute(table.Attribute)}: {cells}{test}";
        }).ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static List<(string Theme, int Mentions, List<string> Quotes)> Themes(ConsultationAnalysis analysis) =>
        [.. analysis.Tools.SelectMany(t => t.Themes)
            .GroupBy(t => t.Theme, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(t => t.Count), g.SelectMany(t => t.Passages).Select(p => p.Text.Trim()).Where(q => q.Length > 0).Distinct(StringComparer.Ordinal).Take(QuotesPerTheme).ToList()))
            .OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal)];

    private static string Limitations(ConsultationAnalysis analysis, PrefillWords words, AnalysisFindings say)
    {
        var pilot = analysis.Tools.Sum(t => t.Basis.ExcludedPilot);
        var duplicate = analysis.Tools.Sum(t => t.Basis.ExcludedDuplicate);
        var withdrawn = analysis.Tools.Sum(t => t.Basis.ExcludedWithdrawn);
        var lines = new List<string>
        {
            words.T(
                "Người tham gia tự nguyện, không phải mẫu ngẫu nhiên: khoảng tin cậy chỉ phản ánh sai số do cỡ mẫu, không khắc phục sai lệch do tự lựa chọn tham gia.",
                "Participants chose to take part; they are not a random sample: the intervals reflect sample size only, not self-selection bias."),
            words.T(
                $"Đã loại khỏi phân tích {words.Count(pilot)} ý kiến thử nghiệm, {words.Count(duplicate)} ý kiến trùng lặp và {words.Count(withdrawn)} ý kiến rút lại.",
                $"Left out of the analysis: {words.Count(pilot)} pilot, {words.Count(duplicate)} duplicate and {words.Count(withdrawn)} withdrawn inputs."),
        };
        if (analysis.ByChannel.Any(c => c.Key is InputChannel.Paper or InputChannel.Import && c.Value.Opinions > 0))
        {
            lines.Add(words.T(
                "Ý kiến không gắn với danh tính (phiếu giấy, dữ liệu nhập từ tệp) được tính mỗi ý kiến là một người, nên số người là cận trên.",
                "Inputs without an identity (paper forms, imported files) count one person each, so the number of people is an upper bound."));
        }

        lines.AddRange(analysis.Tools.SelectMany(t => t.CrossTabs.Where(c => c.ChiSquare is { } test && !AnalysisFindings.Reliable(test)).Select(c => say.Unreliable(t, c, c.ChiSquare!))));
        return string.Join("\n", lines);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Demo.Data;
using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// Phase 3's coding step: the shared codebook, the sources coded and the agreement between the two
/// coders of the focus groups — the kappa the focus-group tool computed from the blind second coding,
/// never a typed-in figure — with every disagreement and how the Working Group settled it.
/// </summary>
internal static class QualitativeCodingStage
{
    private const string Step = "code-qualitative-input";

    public static async Task RunAsync(DemoRun run)
    {
        var groups = await run.Tools.AnalyseAsync(run.InstanceId, "run-focus-groups", cancellationToken: run.CancellationToken);
        var agreement = groups.CoderAgreement
            ?? throw new DemoException(DemoCodes.ScriptRefused, "The focus groups were not coded by a second coder.");
        var entries = await run.Registers.EntriesAsync(run.InstanceId, run.CancellationToken);
        var coded = entries.Count(e => e.Opinion.Themes.Count > 0);
        var texts = entries.GroupBy(e => e.Opinion.InputId).ToDictionary(g => g.Key.ToString("D"), g => g.First().Opinion.Text, StringComparer.OrdinalIgnoreCase);
        var kappa = Math.Round(agreement.Overall.Kappa ?? 0, 3);

        var output = new JsonObject
        {
            ["codebook"] = new JsonArray([.. Codebook.Themes.Select(t => (JsonNode)new JsonObject { ["code"] = t.Id, ["label"] = t.Vi, ["description"] = t.En })]),
            ["sources"] = new JsonArray("narrow-consultation", "public-hearing", "focus-group", "survey-free-text"),
            ["codedPassages"] = Math.Max(coded, agreement.Passages),
            ["coders"] = new JsonObject { ["primary"] = "Nguyễn Văn Hùng", ["second"] = "Lê Thị Minh Châu" },
            ["sample"] = new JsonObject
            {
                ["size"] = agreement.Passages,
                ["method"] = "Toàn bộ đoạn trích của hai nhóm thảo luận được người mã hóa thứ hai mã hóa độc lập, không xem mã của người thứ nhất",
            },
            ["agreement"] = new JsonObject
            {
                ["kappa"] = kappa,
                ["reading"] = Reading(kappa),
                ["byTheme"] = new JsonArray([.. agreement.Themes
                    .Where(t => t.Agreement.Kappa is not null)
                    .Select(t => (JsonNode)new JsonObject { ["code"] = t.Theme, ["kappa"] = Math.Round(t.Agreement.Kappa!.Value, 3) })]),
            },
            ["disagreements"] = new JsonArray([.. agreement.Disagreements
                .GroupBy(d => d.PassageId, StringComparer.Ordinal)

                // By the passage's text, not its id: ids made in the same millisecond do not sort in the order they were made.
                .OrderBy(g => texts.TryGetValue(g.Key, out var text) ? text : g.Key, StringComparer.Ordinal)
                .Select(g => (JsonNode)new JsonObject
                {
                    ["passage"] = texts.TryGetValue(g.Key, out var text) ? text : g.Key,
                    ["codes"] = new JsonArray([.. g.Select(d => (JsonNode)d.Theme)]),
                    ["resolution"] = Resolution(g.ToList()),
                })]),
        };
        await run.CompleteAsync(Step, Actors.WorkingGroup, output);
    }

    /// <summary>The Landis–Koch reading exactly as the step's rule reads it.</summary>
    public static string Reading(double kappa) => kappa switch
    {
        < 0 => "poor",
        <= 0.2 => "slight",
        <= 0.4 => "fair",
        <= 0.6 => "moderate",
        <= 0.8 => "substantial",
        _ => "almost-perfect",
    };

    private static string Resolution(IReadOnlyList<CodingDisagreement> disagreements) =>
        string.Join("; ", disagreements.Select(d => d.SaidYes == WhichCoder.First
            ? string.Create(CultureInfo.InvariantCulture, $"giữ mã '{d.Theme}' của người mã hóa thứ nhất: đoạn trích nêu rõ nội dung này")
            : string.Create(CultureInfo.InvariantCulture, $"bổ sung mã '{d.Theme}' theo người mã hóa thứ hai sau khi Nhóm công tác thảo luận")));
}

using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Demo.Data;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// The registers of phase 4, filled through <see cref="IConsultationRegisters"/> as staff fill them:
/// the analysis report's recommendations with their evidence (the themes and inputs they rest on),
/// the executive's responses given at the workshop, and a disposition for every opinion — near-identical
/// opinions answered once as a group.
/// </summary>
internal static class RegisterStage
{
    /// <summary>How many inputs each recommendation cites as evidence.</summary>
    private const int InputsCited = 3;

    /// <summary>Creates each recommendation of the approved analysis report in the register, with the same id.</summary>
    public static async Task RecommendationsAsync(DemoRun run)
    {
        var steps = await run.Engine.Store.LoadAllStepsAsync(run.InstanceId, run.CancellationToken);
        var report = JsonNode.Parse(steps.Single(s => s.StepId == "prepare-analysis-report").OutputJson!)!;
        var entries = await run.Registers.EntriesAsync(run.InstanceId, run.CancellationToken);
        var coded = entries.SelectMany(e => e.Opinion.Themes).ToHashSet(StringComparer.Ordinal);
        foreach (var recommendation in report["recommendations"]!.AsArray())
        {
            var themes = recommendation!["themes"]?.AsArray().Select(t => t!.GetValue<string>()).Where(coded.Contains).ToList() ?? [];
            var inputs = entries
                .Where(e => e.Opinion.Themes.Any(themes.Contains))
                .Select(e => e.Opinion.InputId)
                .Distinct()
                .Take(InputsCited)
                .ToList();
            await run.Registers.CreateRecommendationAsync(
                run.InstanceId,
                recommendation["id"]!.GetValue<string>(),
                new RecommendationDraft(recommendation["text"]!.GetValue<string>(), recommendation["addressedTo"]?.GetValue<string>(), new Evidence(themes, inputs)),
                Actors.WorkingGroup,
                run.CancellationToken);
        }
    }

    /// <summary>Records the executive's answer to each recommendation, as the workshop's record gives it.</summary>
    public static async Task ResponsesAsync(DemoRun run, JsonNode workshop)
    {
        foreach (var answer in workshop["recommendations"]!.AsArray())
        {
            var kind = answer!["position"]!.GetValue<string>() switch
            {
                "accepted" => ResponseKind.Accepted,
                "not-accepted" => ResponseKind.Declined,
                _ => ResponseKind.PartlyAccepted,
            };
            await run.Registers.AddResponseAsync(
                run.InstanceId,
                answer["recommendationId"]!.GetValue<string>(),
                kind,
                answer["response"]!.GetValue<string>(),
                answer["respondent"]?.GetValue<string>(),
                Actors.Office,
                run.CancellationToken);
        }
    }

    /// <summary>
    /// Gives every opinion its disposition: each group of near-identical opinions the register suggests
    /// once, then every opinion left on its own. Returns how many groups were answered together.
    /// </summary>
    public static async Task<int> DispositionsAsync(DemoRun run)
    {
        var entries = await run.Registers.EntriesAsync(run.InstanceId, run.CancellationToken);
        var opinions = entries.ToDictionary(e => e.Opinion.Id, e => e.Opinion, StringComparer.Ordinal);
        var groups = await run.Registers.SuggestGroupsAsync(run.InstanceId, cancellationToken: run.CancellationToken);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var requests = new List<DispositionRequest>();
        foreach (var group in groups.Where(g => g.OpinionIds.Count > 1))
        {
            var ids = group.OpinionIds.Where(done.Add).ToList();
            if (ids.Count > 0)
            {
                requests.Add(new DispositionRequest(ids, DispositionRules.For(opinions[ids[0]])));
            }
        }

        var grouped = requests.Count(r => r.OpinionIds.Count > 1);
        requests.AddRange(opinions.Values.Where(o => done.Add(o.Id)).Select(o => new DispositionRequest([o.Id], DispositionRules.For(o))));

        // One batch: the opinions are read once, not once per disposition.
        await run.Registers.RecordDispositionsAsync(run.InstanceId, requests, Actors.WorkingGroup, run.CancellationToken);
        return grouped;
    }

    /// <summary>The explanation register step's output, counted from the register itself.</summary>
    public static JsonObject ExplanationOutput(RegisterProgress progress, int groups) => new()
    {
        ["opinionsTotal"] = progress.Total,
        ["groups"] = groups,
        ["dispositioned"] = progress.Dispositioned,
        ["byDisposition"] = new JsonObject
        {
            ["takenUp"] = progress.ByKind[DispositionKind.TakenUp],
            ["partlyTakenUp"] = progress.ByKind[DispositionKind.PartlyTakenUp],
            ["notTakenUp"] = progress.ByKind[DispositionKind.NotTakenUp],
            ["outOfScope"] = progress.ByKind[DispositionKind.OutOfScope],
        },
        ["document"] = "58/BC-HĐND",
    };
}

using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Publication;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// Reads a consultation's public results, and only once publication is approved: before that every
/// read answers <see langword="null"/> (the page and the API answer 404), so no figure leaks.
/// </summary>
internal sealed class PublicResultsReader(ProcessEngine engine, IDefinitionCatalog definitions, IToolSteps tools, OpenConsultations consultations)
{
    /// <summary>The results, or <see langword="null"/> when the consultation is unknown or its results are not published.</summary>
    public async Task<PublicResults?> ReadAsync(Guid instanceId, string language, CancellationToken cancellationToken)
    {
        if (await consultations.FindAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { Status: PublicStatus.ResultsPublished } consultation
            || await engine.Store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } instance
            || definitions.Find(instance.DefinitionId, instance.DefinitionVersion) is not { } definition)
        {
            return null;
        }

        var states = await engine.Store.LoadAllStepsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var analyses = new List<(StepDefinition Step, ToolAnalysis Analysis)>();
        foreach (var step in definition.AllSteps().Where(s => s.Type.StartsWith("tool:", StringComparison.Ordinal)))
        {
            if (!states.Any(s => string.Equals(s.StepId, step.Id, StringComparison.Ordinal) && s.Status is StepStatus.Completed or StepStatus.Waiting))
            {
                continue;
            }

            try
            {
                analyses.Add((step, await tools.AnalyseAsync(instanceId, step.Id, cancellationToken: cancellationToken).ConfigureAwait(false)));
            }
            catch (ToolException)
            {
                // A step whose tool is not loaded here has nothing to show; the others still do.
            }
        }

        var rows = analyses
            .Select(a => new PublicParticipationRow(a.Step.Id, a.Step.Title ?? LocalizedText.Of(a.Step.Id), a.Analysis.Basis.People, a.Analysis.Basis.Counted))
            .ToList();
        var participation = new PublicParticipation(rows.Sum(r => r.People), rows.Sum(r => r.Opinions), rows);
        return new PublicResults(consultation, participation) { Findings = Findings(analyses, language) };
    }

    /// <summary>The choice questions of every tool step, each option with its share and interval.</summary>
    private static List<PublicFinding> Findings(IEnumerable<(StepDefinition Step, ToolAnalysis Analysis)> analyses, string language) =>
        [.. analyses.SelectMany(a => a.Analysis.Questions
            .Where(q => q.Options.Count > 0 && q.Answered > 0)
            .Select(q => new PublicFinding(
                a.Step.Id,
                a.Step.Title ?? LocalizedText.Of(a.Step.Id),
                q.Id,
                Label(q.Title, language) ?? q.Id,
                q.Answered,
                [.. q.Options.Select(o => new PublicShare(Label(o.Label, language) ?? o.Value, o.Count, o.Share, o.Ci95.Low, o.Ci95.High))])))];

    private static string? Label(LocalText? text, string language) =>
        text?.In(language) is { Length: > 0 } value ? value : text?.Vi;
}

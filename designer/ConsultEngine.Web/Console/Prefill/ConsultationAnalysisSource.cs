using System.Text.Json.Nodes;
using ConsultEngine.Reporting;

namespace ConsultEngine.Web.StaffConsole.Prefill;

/// <summary>The <c>consultation-analysis</c> source: the consultation-wide analysis (<see cref="IConsultationReports.AnalyseAsync"/>) as an analysis report's fields (<see cref="AnalysisDraft"/>).</summary>
internal sealed class ConsultationAnalysisSource(IConsultationReports reports) : IPrefillSource
{
    public string Name => PrefillConfig.ConsultationAnalysis;

    public async Task<PrefillDraft> ProposeAsync(PrefillContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = await reports.AnalyseAsync(context.Instance.Id, cancellationToken).ConfigureAwait(false);
        var words = new PrefillWords(context.Language);
        var steps = context.Definition.AllSteps().ToDictionary(s => s.Id, StringComparer.Ordinal);
        string StepTitle(string id) => steps.TryGetValue(id, out var step) && step.Title?.Get(words.Language) is { Length: > 0 } title ? title : id;
        return AnalysisDraft.Build(analysis, Issue(context), words, StepTitle);
    }

    // The issue the consultation is about, as started (variables.issueTitle), else its title.
    private static string Issue(PrefillContext context)
    {
        var variables = JsonNode.Parse(context.Instance.VariablesJson) as JsonObject;
        return variables?["issueTitle"] is JsonValue value && value.TryGetValue<string>(out var title) && title.Trim().Length > 0
            ? title.Trim()
            : context.Instance.Title is { Length: > 0 } instanceTitle ? instanceTitle : context.Instance.Id.ToString();
    }
}

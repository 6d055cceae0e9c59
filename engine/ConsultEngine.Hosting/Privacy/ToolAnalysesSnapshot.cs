using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Hosting.Privacy;

/// <summary>The default kept aggregate: every reached tool step's analysis, stripped of passages, as <c>{ "tools": [...] }</c>.</summary>
internal sealed class ToolAnalysesSnapshot(IInstanceStore store, IToolSteps tools) : IAggregateSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public async Task<string> CaptureAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var analyses = new List<ToolAnalysis>();
        foreach (var step in await store.LoadAllStepsAsync(instanceId, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                analyses.Add(KeptAnalysis.Strip(await tools.AnalyseAsync(instanceId, step.StepId, AnalysisOptions.Default, cancellationToken).ConfigureAwait(false)));
            }
            catch (ToolException)
            {
                // Not a tool step, or its tool is not loaded: nothing of it to keep.
            }
        }

        return JsonSerializer.Serialize(new { tools = analyses }, Json);
    }
}

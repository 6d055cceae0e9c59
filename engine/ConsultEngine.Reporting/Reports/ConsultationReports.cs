using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Hosting.Codebooks;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Persistence.Privacy;
using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Reporting.Privacy;
using ConsultEngine.Reporting.Results;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Runtime.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Reporting.Reports;

/// <summary>
/// Reads an instance once (state, tool analyses through <see cref="IToolSteps"/>, counted inputs
/// from the tool data store) and hands it to the composers. A tool step that was never opened is
/// not opened here: reading a report changes nothing.
/// </summary>
internal sealed class ConsultationReports(
    IInstanceStore store,
    IDefinitionCatalog definitions,
    IToolSteps tools,
    IToolDataStore data,
    IConsultationRegisters? registers,
    TimeProvider clock,
    IConsultationCodebook? codebook = null,
    IPersonalDataStore? personalData = null) : IConsultationReports
{
    /// <summary>The service built from a host's container (what <c>AddConsultEngine</c> registers).</summary>
    public static IConsultationReports From(IServiceProvider services) => new ConsultationReports(
        services.GetRequiredService<IInstanceStore>(),
        services.GetRequiredService<IDefinitionCatalog>(),
        services.GetRequiredService<IToolSteps>(),
        services.GetRequiredService<IToolDataStore>(),
        services.GetService<IConsultationRegisters>(),
        services.GetService<TimeProvider>() ?? TimeProvider.System,
        services.GetService<IConsultationCodebook>(),
        services.GetService<IPersonalDataStore>());

    public async Task<ConsultationAnalysis> AnalyseAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false)).Analysis;

    public async Task<ConsultationReport> BuildReportAsync(Guid instanceId, ReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ReportOptions();
        var language = ReportLanguage.Check(options.Language);
        var report = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return ReportComposer.Compose(report, options with { Language = language }, clock.GetUtcNow());
    }

    public async Task<Documents.Document> BuildExplanationRegisterAsync(Guid instanceId, ReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ReportOptions();
        var language = ReportLanguage.Check(options.Language);
        var instance = await store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReportException(ReportCodes.InstanceNotFound, $"There is no instance {instanceId}.") { InstanceId = instanceId };
        var register = await (registers ?? throw new ReportException(ReportCodes.RegistersNotAvailable, "This host keeps no registers.") { InstanceId = instanceId })
            .ExplanationRegisterAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return ExplanationRegisterComposer.Compose(instance, register, options with { Language = language }, clock.GetUtcNow());
    }

    public async Task<OpenResults> ResultsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        OpenResults.From(await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false), clock.GetUtcNow());

    private async Task<ReportData> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReportException(ReportCodes.InstanceNotFound, $"There is no instance {instanceId}.") { InstanceId = instanceId };
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion)
            ?? throw new ReportException(ReportCodes.DefinitionNotAvailable, $"The definition {instance.DefinitionId}@{instance.DefinitionVersion} is not available.") { InstanceId = instanceId };
        var states = (await store.LoadAllStepsAsync(instanceId, cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.StepId, StringComparer.Ordinal);

        var toolSteps = new Dictionary<string, ToolStepData>(StringComparer.Ordinal);
        var counted = new List<(string, string, IReadOnlyList<ConsultationInput>)>();
        var stored = 0;
        foreach (var step in definition.AllSteps().Where(IsToolStep))
        {
            var (readiness, analysis) = await AnalyseStepAsync(instanceId, step.Id, cancellationToken).ConfigureAwait(false);
            toolSteps[step.Id] = new ToolStepData(step, readiness, analysis);
            if (analysis is not null)
            {
                var inputs = data.Inputs(instanceId, step.Id);
                counted.Add((step.Id, analysis.Tool, await inputs.ReadAsync(AnalysisOptions.Default.Query, cancellationToken).ConfigureAwait(false)));
                stored += await inputs.CountAsync(InputQuery.All, cancellationToken).ConfigureAwait(false);
            }
        }

        var participation = ParticipationCounter.Analyse(instanceId, counted, stored) with
        {
            Tools = [.. toolSteps.Values.Where(t => t.Analysis is not null).Select(t => t.Analysis!)],
            Codebook = await CodebookReading.ReadAsync(codebook, instanceId, cancellationToken).ConfigureAwait(false),
        };

        // Once personal data is erased, the figures are the ones kept before: the inputs lost the attributes and keys they were counted by.
        if (personalData is not null && await personalData.FindKeptAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } kept
            && KeptConsultationAnalysis.Read(kept.AggregateJson) is { } keptAnalysis)
        {
            participation = keptAnalysis with { Codebook = participation.Codebook };
            foreach (var tool in keptAnalysis.Tools)
            {
                if (toolSteps.TryGetValue(tool.StepId, out var data))
                {
                    toolSteps[tool.StepId] = data with { Analysis = tool };
                }
            }
        }

        return new ReportData(instance, definition, states, toolSteps, participation);
    }

    private async Task<(ToolStepReadiness, ToolAnalysis?)> AnalyseStepAsync(Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        try
        {
            var view = await tools.DescribeAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
            if (view.Status is ToolStepStatus.NotReached or ToolStepStatus.NotOpened)
            {
                return (ToolStepReadiness.NotStarted, null);
            }

            return (ToolStepReadiness.Analysed, await tools.AnalyseAsync(instanceId, stepId, AnalysisOptions.Default, cancellationToken).ConfigureAwait(false));
        }
        catch (ToolException error) when (error.Code == ToolCodes.ToolNotLoaded)
        {
            return (ToolStepReadiness.ToolNotLoaded, null);
        }
    }

    private static bool IsToolStep(Definitions.Model.StepDefinition step) =>
        StepTypeName.TryParse(step.Type, out var name, out _) && name.StartsWith(StepTypeName.ToolPrefix, StringComparison.Ordinal);
}

using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Reporting.Reports;

/// <summary>Where a tool step stands for the report.</summary>
internal enum ToolStepReadiness
{
    /// <summary>The consultation has not reached the step, or the tool never opened it: nothing to show.</summary>
    NotStarted,

    /// <summary>The step collected (or still collects) and its tool analysed it.</summary>
    Analysed,

    /// <summary>No loaded tool serves the step's type.</summary>
    ToolNotLoaded,
}

/// <summary>A tool step as the report sees it: its readiness and, once analysed, the tool's analysis.</summary>
internal sealed record ToolStepData(StepDefinition Step, ToolStepReadiness Readiness, ToolAnalysis? Analysis);

/// <summary>Everything a report is composed from, read once: the instance, its definition, its step states, its tool steps and the consultation-wide analysis.</summary>
internal sealed record ReportData(
    InstanceRecord Instance,
    ProcessDefinition Definition,
    IReadOnlyDictionary<string, StepState> States,
    IReadOnlyDictionary<string, ToolStepData> ToolSteps,
    ConsultationAnalysis Analysis)
{
    public StepDefinition? Step(string id) => Definition.AllSteps().FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}

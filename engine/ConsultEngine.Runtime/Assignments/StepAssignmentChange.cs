namespace ConsultEngine.Runtime.Assignments;

/// <summary>
/// A tool step given to (or taken back from) a staff member or a contracted organisation, by
/// <see cref="Actor"/>. The engine journals it on the consultation (<see cref="Journal.JournalEvents.ToolStepAssigned"/>,
/// <see cref="Journal.JournalEvents.ToolStepUnassigned"/>), so the audit trail says who ran which tool on whose word.
/// </summary>
public sealed record StepAssignmentChange(string StepId, string Assignee, string Actor, bool Withdrawn = false)
{
    /// <summary>The step is given to <paramref name="assignee"/>, replacing whoever had it.</summary>
    public static StepAssignmentChange Assigned(string stepId, string assignee, string actor) => new(stepId, assignee, actor);

    /// <summary>The step is taken back from <paramref name="assignee"/>.</summary>
    public static StepAssignmentChange Unassigned(string stepId, string assignee, string actor) => new(stepId, assignee, actor, Withdrawn: true);
}

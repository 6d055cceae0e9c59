using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Runtime.Assignments;
using ConsultEngine.Runtime.Interpreter;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime;

public sealed partial class ProcessEngine
{
    private const int AssignmentAttempts = 3;

    /// <summary>
    /// Journals that a tool step was given to someone or taken back (who, by whom), in the instance's hash
    /// chain. Refuses an unknown instance (CE8002) or step (CE8003), a step that is not a tool step (CE8100),
    /// an empty assignee (CE8101) and a new assignment on a completed or cancelled consultation (CE8102);
    /// a withdrawal is always journaled. The entry changes no step, so a concurrent advance is simply
    /// waited out: the command reloads and appends again (a few times) instead of failing with CE8001.
    /// </summary>
    public async Task<InstanceRecord> RecordAssignmentAsync(Guid instanceId, StepAssignmentChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var instance = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
            CheckAssignment(instance, change);
            var tx = new InstanceTransaction(_journalKey, instance, instance.Revision, store, clock.GetUtcNow());
            tx.Record(change.Withdrawn ? JournalEvents.ToolStepUnassigned : JournalEvents.ToolStepAssigned, change.StepId, actor: change.Actor,
                data: new { assignee = change.Assignee.Trim() });
            try
            {
                return await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < AssignmentAttempts)
            {
                // Another advance committed first: the entry goes after it.
            }
        }
    }

    private void CheckAssignment(InstanceRecord instance, StepAssignmentChange change)
    {
        var definition = Definition(instance.DefinitionId, instance.DefinitionVersion);
        var step = definition.AllSteps().FirstOrDefault(s => string.Equals(s.Id, change.StepId, StringComparison.Ordinal))
            ?? throw new InstanceCommandException(RuntimeCodes.StepNotFound, instance.Id, change.StepId, $"The definition has no step '{change.StepId}'.");
        if (!step.Type.StartsWith(StepTypeName.ToolPrefix, StringComparison.Ordinal))
        {
            throw new InstanceCommandException(AssignmentCodes.NotAToolStep, instance.Id, step.Id, $"The step '{step.Id}' is a {step.Type} step: only tool steps are assigned.");
        }

        if (string.IsNullOrWhiteSpace(change.Assignee))
        {
            throw new InstanceCommandException(AssignmentCodes.AssigneeRequired, instance.Id, step.Id, "An assignment names the staff member or organisation that runs the step.");
        }

        if (!change.Withdrawn && instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
        {
            throw new InstanceCommandException(AssignmentCodes.ConsultationClosed, instance.Id, step.Id,
                $"The consultation is {instance.Status.ToString().ToLowerInvariant()}: its tool steps are no longer assigned.");
        }
    }
}

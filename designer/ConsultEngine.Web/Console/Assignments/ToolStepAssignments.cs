using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Assignments;

namespace ConsultEngine.Web.StaffConsole.Assignments;

/// <summary>
/// Gives a tool step to a contracted organisation or takes it back, for the console page and the API alike.
/// The engine journals every change in the consultation's hash chain first (the record of who gave which
/// tool to whom); <see cref="AssignmentStore"/> then keeps the current state, the index that answers
/// "which steps does this organisation have" without reading every journal. A change the engine refuses
/// leaves the store as it was; the same assignment again changes and journals nothing.
/// </summary>
internal sealed class ToolStepAssignments(Consultations consultations, ProcessEngine engine, AssignmentStore store)
{
    /// <summary>Gives the step to <paramref name="organisation"/> (CE9942 without one, CE9943 for a step that is not a tool step).</summary>
    public async Task<ToolStepAssignment> AssignAsync(Guid instanceId, string stepId, string? organisation, StaffUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = organisation?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw ConsoleException.Invalid("The organisation is required.", "/organisation");
        }

        await CheckToolStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        if (await store.FindAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is { } current
            && string.Equals(current.Organisation, name, StringComparison.Ordinal))
        {
            return current;
        }

        await engine.RecordAssignmentAsync(instanceId, StepAssignmentChange.Assigned(stepId, name, user.Actor), cancellationToken).ConfigureAwait(false);
        return await store.AssignAsync(instanceId, stepId, name, user.Actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the step back from its organisation; <c>false</c> (and nothing journaled) when it was not assigned.</summary>
    public async Task<bool> UnassignAsync(Guid instanceId, string stepId, StaffUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await CheckToolStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        if (await store.FindAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return false;
        }

        await engine.RecordAssignmentAsync(instanceId, StepAssignmentChange.Unassigned(stepId, current.Organisation, user.Actor), cancellationToken).ConfigureAwait(false);
        return await store.UnassignAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
    }

    // The console's own code for a step that is not a tool step (CE9943), as before; the engine checks it too (CE8100).
    private async Task CheckToolStepAsync(Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        var instance = await consultations.FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (Consultations.Step(consultations.Definition(instance), stepId) is not { } step || !Timeline.IsTool(step))
        {
            throw new ConsoleException(ConsoleCodes.NotAToolStep, $"The consultation has no tool step '{stepId}'.", "/stepId");
        }
    }
}

using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Assignments;

namespace ConsultEngine.Web.StaffConsole.Assignments;

/// <summary>
/// Gives a tool step to a contracted organisation or takes it back, for the console page and the API alike.
/// The engine journals every change in the consultation's hash chain first (the record of who gave which
/// tool to whom); <see cref="AssignmentStore"/> then keeps the current state, the index that answers
/// "which steps does this organisation have" without reading every journal. A change the engine refuses
/// leaves the store as it was; the same assignment again changes and journals nothing. By province: the user
/// reaches only its province's consultations (another's is "not found"), and a step goes to no organisation
/// whose accounts all work for another province (CE8403).
/// </summary>
internal sealed class ToolStepAssignments(Consultations consultations, ProcessEngine engine, AssignmentStore store, Tenancy.OrganisationProvinces organisations)
{
    /// <summary>The assignments the user may see: a contracted organisation its own; every one of its province's consultations otherwise.</summary>
    public async Task<IReadOnlyList<ToolStepAssignment>> ListAsync(StaffUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var organisation = user.IsContractorOnly ? user.Organisation ?? string.Empty : null;
        var all = await store.ListAsync(organisation: organisation, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (user.Province is null)
        {
            return all;
        }

        var seen = (await consultations.ListAsync(user, cancellationToken).ConfigureAwait(false)).Select(i => i.Id).ToHashSet();
        return [.. all.Where(a => seen.Contains(a.InstanceId))];
    }

    /// <summary>Gives the step to <paramref name="organisation"/> (CE9942 without one, CE9943 for a step that is not a tool step).</summary>
    public async Task<ToolStepAssignment> AssignAsync(Guid instanceId, string stepId, string? organisation, StaffUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = organisation?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw ConsoleException.Invalid("The organisation is required.", "/organisation");
        }

        var instance = await CheckToolStepAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        await organisations.CheckAsync(name, instance.VariablesJson, cancellationToken).ConfigureAwait(false);
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
        await CheckToolStepAsync(instanceId, stepId, user, cancellationToken).ConfigureAwait(false);
        if (await store.FindAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return false;
        }

        await engine.RecordAssignmentAsync(instanceId, StepAssignmentChange.Unassigned(stepId, current.Organisation, user.Actor), cancellationToken).ConfigureAwait(false);
        return await store.UnassignAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
    }

    // The console's own code for a step that is not a tool step (CE9943), as before; the engine checks it too (CE8100).
    // Another province's consultation is "not found" here as well: a page's event in an open circuit passes no HTTP gate.
    private async Task<Runtime.Queries.ConsultationRow> CheckToolStepAsync(Guid instanceId, string stepId, StaffUser user, CancellationToken cancellationToken)
    {
        var instance = await consultations.FindAsync(instanceId, user, cancellationToken).ConfigureAwait(false);
        if (Consultations.Step(consultations.Definition(instance), stepId) is not { } step || !Timeline.IsTool(step))
        {
            throw new ConsoleException(ConsoleCodes.NotAToolStep, $"The consultation has no tool step '{stepId}'.", "/stepId");
        }

        return instance;
    }
}

using ConsultEngine.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.StaffConsole.Assignments;

/// <summary>Reads and writes tool step assignments; the table is migrated on first use.</summary>
internal sealed class AssignmentStore(Hosting.WebDataPaths paths, TimeProvider clock) : IDisposable
{
    private readonly Func<AssignmentsDb> _create = AssignmentsDb.Factory(paths.Database);
    private readonly SemaphoreSlim _migration = new(1, 1);
    private volatile bool _migrated;

    public async Task<ToolStepAssignment?> FindAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.InstanceId == instanceId && a.StepId == stepId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ToolStepAssignment>> ListAsync(Guid? instanceId = null, string? organisation = null, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Assignments.AsNoTracking();
        if (instanceId is { } id)
        {
            query = query.Where(a => a.InstanceId == id);
        }

        if (organisation is not null)
        {
            query = query.Where(a => a.Organisation == organisation);
        }

        var rows = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(a => a.InstanceId).ThenBy(a => a.StepId, StringComparer.Ordinal)];
    }

    /// <summary>Gives the step to <paramref name="organisation"/>, replacing an earlier assignment.</summary>
    public async Task<ToolStepAssignment> AssignAsync(Guid instanceId, string stepId, string organisation, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var assignment = new ToolStepAssignment { InstanceId = instanceId, StepId = stepId, Organisation = organisation, AssignedBy = actor, AssignedAt = clock.GetUtcNow() };
        var existing = await db.Assignments.FirstOrDefaultAsync(a => a.InstanceId == instanceId && a.StepId == stepId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            db.Assignments.Remove(existing);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        db.Assignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return assignment;
    }

    /// <summary>Takes the step back from its organisation; <c>false</c> when it was not assigned.</summary>
    public async Task<bool> UnassignAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await db.Assignments.Where(a => a.InstanceId == instanceId && a.StepId == stepId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public void Dispose() => _migration.Dispose();

    private async Task<AssignmentsDb> OpenAsync(CancellationToken cancellationToken)
    {
        var db = _create();
        if (!_migrated)
        {
            await _migration.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_migrated)
                {
                    await db.Database.MigrateWhenPendingAsync(cancellationToken).ConfigureAwait(false);
                    _migrated = true;
                }
            }
            finally
            {
                _migration.Release();
            }
        }

        return db;
    }
}

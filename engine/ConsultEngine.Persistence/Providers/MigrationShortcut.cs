using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ConsultEngine.Persistence.Providers;

/// <summary>
/// Applies a context's migrations only when some are not applied yet. EF Core's migrate also compares the
/// context's model with the migrations' snapshot on every call (building both models and diffing them), which
/// at every start of an up-to-date database costs time and memory for nothing.
/// </summary>
public static class MigrationShortcut
{
    public static async Task MigrateWhenPendingAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var pending = await database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
        if (pending.Any())
        {
            await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

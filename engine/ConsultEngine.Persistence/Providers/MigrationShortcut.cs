using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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

    /// <summary>
    /// Lets migrating skip EF Core's comparison of the model with the migrations' snapshot (it builds the
    /// snapshot's model and diffs the two on every migrate, only to warn), which a first start or an upgrade
    /// otherwise pays for in time and memory kept. Only for contexts whose tests make that comparison
    /// (<c>HasPendingModelChanges</c>), so a forgotten migration still fails a build.
    /// </summary>
    public static TBuilder WithoutModelCheckOnMigrate<TBuilder>(this TBuilder builder)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }
}

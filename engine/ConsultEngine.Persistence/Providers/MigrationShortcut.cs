using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ConsultEngine.Persistence.Providers;

/// <summary>
/// Applies a context's migrations only when some are not applied yet. EF Core's migrate also compares the
/// context's model with the migrations' snapshot on every call (building both models and diffing them), which
/// at every start of an up-to-date database costs time and memory for nothing. Which migrations exist is read
/// from the assembly's metadata (<see cref="DeclaredMigrations"/>) rather than by EF Core loading every type
/// of it; when every one of them is applied, EF Core's migrations are not touched at all.
/// </summary>
public static class MigrationShortcut
{
    public static async Task MigrateWhenPendingAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (await AllAppliedAsync(database, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

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

    private static async Task<bool> AllAppliedAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var context = database.GetService<ICurrentDbContext>().Context.GetType();
        var assembly = database.GetService<IMigrationsAssembly>().Assembly;
        if (DeclaredMigrations.Of(assembly, context) is not { Count: > 0 } declared)
        {
            return false;
        }

        var applied = await database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
        return declared.IsSubsetOf(applied);
    }
}

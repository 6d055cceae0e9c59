using ConsultEngine.Persistence.Administrative;
using ConsultEngine.Persistence.Codebooks;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Privacy;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Persistence.Reports;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Providers;

/// <summary>
/// The stores of a <see cref="DatabaseSelection"/>, and what each provider can hold so far. A host
/// asks <see cref="Refuse"/> before opening anything, so that a choice the stores cannot all follow
/// stops the start with every missing store named instead of leaving data split across databases.
/// </summary>
public static class DatabaseStores
{
    /// <summary>The stores that run on PostgreSQL today, by service type.</summary>
    public static IReadOnlySet<Type> OnPostgreSql { get; } = new HashSet<Type>
    {
        typeof(IInstanceStore),

        // The side stores (Storage/SideStore): one provider-neutral plumbing, a write lock per store.
        typeof(IDefinitionStore),
        typeof(IRegisterStore),
        typeof(ICodebookStore),
        typeof(IReportVersionStore),
        typeof(IFeedbackStore),
        typeof(IPersonalDataStore),
        typeof(ICommuneStore),

        // The tool data store (Tools/PostgreSql): its writer, one vote per person held by a unique index.
        typeof(Runtime.Tools.IToolDataStore),
    };

    /// <summary>Stores a host opens on first use rather than at the engine's start; always checked.</summary>
    private static readonly Type[] OpenedOnFirstUse = [typeof(ICommuneStore)];

    /// <summary>Throws CE8322 naming the <paramref name="stores"/> (service types) <paramref name="selection"/>'s provider cannot hold yet.</summary>
    public static void Refuse(DatabaseSelection selection, IEnumerable<Type> stores)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(stores);
        if (selection.Provider == DatabaseProvider.Sqlite)
        {
            return;
        }

        var missing = stores.Concat(OpenedOnFirstUse).Where(s => !OnPostgreSql.Contains(s)).Select(s => s.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new DatabaseException(DatabaseCodes.StoresNotOnProvider,
                $"These stores do not run on PostgreSQL yet: {string.Join(", ", missing)}. Use Sqlite (the default) until they do.")
            {
                Stores = missing,
            };
        }
    }

    /// <summary>Opens (and migrates) the instance store of <paramref name="selection"/>.</summary>
    public static Task<RelationalInstanceStore> OpenInstanceStoreAsync(DatabaseSelection selection, CancellationToken cancellationToken = default) =>
        OpenInstanceStoreAsync(selection, nodeId: null, cancellationToken);

    /// <summary>Opens (and migrates) the instance store of <paramref name="selection"/>, claiming rows as <paramref name="nodeId"/> (null: a node id of its own).</summary>
    public static async Task<RelationalInstanceStore> OpenInstanceStoreAsync(DatabaseSelection selection, string? nodeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return selection.Provider == DatabaseProvider.PostgreSql
            ? await PostgreSqlInstanceStore.OpenAsync(selection.ConnectionString!, new PostgreSqlStoreOptions { NodeId = nodeId }, cancellationToken).ConfigureAwait(false)
            : await SqliteInstanceStore.OpenAsync(selection.SqlitePath!, new SqliteStoreOptions { NodeId = nodeId }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Brings the database of <paramref name="selection"/> to the provider's latest migration (the
    /// whole engine schema: one model, one migration set per provider) and closes it.
    /// </summary>
    public static async Task MigrateAsync(DatabaseSelection selection, CancellationToken cancellationToken = default)
    {
        await using var store = await OpenInstanceStoreAsync(selection, cancellationToken).ConfigureAwait(false);
    }
}

using ConsultEngine.Hosting;
using ConsultEngine.Persistence.Providers;

namespace ConsultEngine.Web.Hosting;

/// <summary>
/// The secrets every node of a shared database must hold alike. On SQLite (one node) the identifier hash key
/// may be a file created beside the database on first use; on PostgreSQL each node would create its own, so
/// the same person would hash differently on two nodes and vote twice: the host refuses to start instead (CE8380).
/// The journal key likewise (CE8381): an instance advanced by two nodes with two keys has a chain that no
/// key verifies.
/// </summary>
internal static class SharedKeys
{
    public const string IdentifierHashKeySetting = ConsultEngineOptions.SectionName + ":" + nameof(ConsultEngineOptions.IdentifierHashKey);

    public const string JournalKeySetting = ConsultEngineOptions.SectionName + ":" + nameof(ConsultEngineOptions.JournalKey);

    public static void Require(WebDataPaths paths, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(configuration);
        if (paths.Database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(configuration[IdentifierHashKeySetting]))
        {
            throw new WebDatabaseException(WebDatabaseCodes.IdentifierHashKeyNotShared,
                $"PostgreSQL is shared by several nodes: set {IdentifierHashKeySetting} (base64 of 32 bytes, the same on every node, e.g. ConsultEngine__IdentifierHashKey).");
        }

        if (string.IsNullOrWhiteSpace(configuration[JournalKeySetting]))
        {
            throw new WebDatabaseException(WebDatabaseCodes.JournalKeyNotShared,
                $"PostgreSQL is shared by several nodes: set {JournalKeySetting} (base64 of 32 bytes, the same on every node, e.g. ConsultEngine__JournalKey).");
        }
    }
}

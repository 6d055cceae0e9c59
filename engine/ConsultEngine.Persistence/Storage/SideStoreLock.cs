using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using ConsultEngine.Persistence.Providers;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// The write lock of a side store's change. On SQLite the transaction itself is the lock
/// (<c>BEGIN IMMEDIATE</c> takes the database's write lock), so there is nothing more to take.
/// <para>
/// On PostgreSQL the write transaction is READ COMMITTED and locks rows, not the database, so a
/// change that reads, checks and then writes (the next register number, the next report version,
/// a revision compared before it is raised, a theme's parent that must still exist) could
/// interleave with the same change on another node. The change therefore first takes
/// <c>pg_advisory_xact_lock</c> on its store's key: every writer of the store queues there, on
/// every node, and the lock is released by the commit or the rollback whatever happens to the
/// process. This was chosen over SERIALIZABLE with retries because it keeps the exact semantics
/// the stores were written for on SQLite (the changes are closures over tracked entities and
/// cannot simply be run again), because a store's writes are rare staff actions where queueing
/// costs nothing measurable, and because it never fails a change with a serialization error the
/// caller would have to understand. Reads take no lock; under READ COMMITTED a statement run
/// after the lock is granted sees everything the previous holder committed.
/// </para>
/// </summary>
internal sealed class SideStoreLock
{
    public const string Registers = "registers";
    public const string Codebook = "codebook";
    public const string ReportVersions = "report-versions";
    public const string Feedback = "feedback";
    public const string PersonalData = "personal-data";
    public const string Definitions = "definitions";
    public const string Communes = "communes";

    private static readonly SideStoreLock None = new([]);
    private readonly long[] _keys;

    private SideStoreLock(long[] keys) => _keys = keys;

    /// <summary>The lock of stores named <paramref name="names"/> on <paramref name="provider"/> (none on SQLite).</summary>
    public static SideStoreLock For(DatabaseProvider provider, IEnumerable<string> names) =>
        provider == DatabaseProvider.PostgreSql

            // Always taken in the same (ascending) order, so two stores sharing a key never deadlock.
            ? new SideStoreLock([.. names.Select(Key).Distinct().Order()])
            : None;

    /// <summary>
    /// The advisory key of a store: the first 8 bytes of the SHA-256 of <c>consultengine.side:</c>
    /// and its name, the same in every process and node (<see cref="string.GetHashCode()"/> is not).
    /// </summary>
    public static long Key(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("consultengine.side:" + name)));
    }

    public async Task TakeAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var key in _keys)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "key";
            parameter.Value = key;
            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ConsultEngine.Benchmarks.Durable.EfCorePeer;

/// <summary>
/// Gives every connection the peer opens the durability and waiting of ConsultEngine's store
/// (<c>synchronous=NORMAL</c> in WAL, a 30 s busy timeout), so that the two sides sync and wait alike
/// and the ratio measures what each does per transition, not a setting.
/// </summary>
internal sealed class SamePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";

    public static SamePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

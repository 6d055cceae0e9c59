using ConsultEngine.Runtime.Journal;
using Microsoft.Data.Sqlite;

namespace ConsultEngine.Cli.Tests;

/// <summary>
/// What someone who can write the SQLite file but has no installation key can do to a journal: change
/// an entry, then recompute the chain from there on with plain SHA-256 so that every link holds.
/// </summary>
internal static class JournalRewrite
{
    /// <summary>Sets the actor of entry <paramref name="from"/> (when given) and recomputes every hash from it, moving the instance's head along.</summary>
    public static async Task RecomputeAsync(InstanceStoreFolder folder, Guid instanceId, long from, string? actor, bool keyedLookalike = false)
    {
        var journal = await folder.ReadAsync(s => s.ReadJournalAsync(instanceId));
        var previous = from == 1 ? JournalHasher.Genesis : journal[(int)from - 2].Hash;
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = folder.Database, Pooling = false }.ToString());
        connection.Open();
        foreach (var original in journal.Where(e => e.Sequence >= from))
        {
            var entry = original with { PreviousHash = previous, Actor = original.Sequence == from && actor is not null ? actor : original.Actor };
            var hash = JournalHasher.Compute(entry);
            entry = entry with { Hash = keyedLookalike ? JournalHasher.KeyedMarker + hash[..62] : hash };
            Execute(connection, "UPDATE journal_entries SET actor = $actor, previous_hash = $previous, hash = $hash WHERE lower(instance_id) = lower($id) AND sequence = $sequence",
                ("$actor", (object?)entry.Actor ?? DBNull.Value), ("$previous", entry.PreviousHash), ("$hash", entry.Hash), ("$id", instanceId.ToString()), ("$sequence", entry.Sequence));
            previous = entry.Hash;
        }

        Execute(connection, "UPDATE instances SET journal_head = $hash WHERE lower(id) = lower($id)", ("$hash", previous), ("$id", instanceId.ToString()));
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        Assert.Equal(1, command.ExecuteNonQuery());
    }
}

using System.Diagnostics;
using System.Globalization;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tests.Performance;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Persistence.Tools.PostgreSql;
using ConsultEngine.Runtime.Tools;
using Xunit.Abstractions;

namespace ConsultEngine.Persistence.Tests.Crash;

/// <summary>
/// The acceptance test of the durable ingestion path, on each provider: a worker process submits a
/// burst of inputs through the provider's group-commit writer and prints each id as its append is
/// acknowledged; the test kills it with SIGKILL mid-burst, then checks the database: it opens
/// cleanly, every acknowledged input is stored exactly once, no refused input is, and no two inputs
/// that are not withdrawn share a key. Several rounds run on the same database.
/// </summary>
public abstract class IngestCrashContract(DatabaseProvider provider, ITestOutputHelper output) : OnProviderDatabase(provider)
{
    // The worker's step (IngestWorker.StepId in tests/ConsultEngine.CrashWorker).
    private const string StepId = "poll";
    private const int Rounds = 3;
    private const int Submitters = 128;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    private readonly Guid _instance = Guid.NewGuid();

    [SkippableFact]
    public async Task Worker_KilledMidBurst_LosesNoAcknowledgedInputAndKeepsKeysUnique()
    {
        var acknowledged = new HashSet<Guid>();
        var refused = new HashSet<Guid>();
        for (var round = 1; round <= Rounds; round++)
        {
            var killAfter = Random.Shared.Next(500, 3_000);

            var watch = Stopwatch.StartNew();
            var run = await RunWorkerAsync(killAfter, acknowledged, refused);
            var ran = watch.Elapsed;

            Assert.True(run.Killed, $"round {round} ended by itself (exit {run.ExitCode}): {run.Errors}");
            var stored = await CheckAsync(acknowledged, refused);
            output.WriteLine($"round {round}: killed after {run.Outcomes} outcomes; {acknowledged.Count} acknowledged in all, {refused.Count} refused, {stored} stored, all present once, keys unique (run {ran.TotalSeconds:F1} s, check {(watch.Elapsed - ran).TotalSeconds:F1} s)");
        }
    }

    private async Task<int> CheckAsync(HashSet<Guid> acknowledged, HashSet<Guid> refused)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            // The file the killed process left; a PostgreSQL server never saw its client's death as more than a closed connection.
            Assert.Equal(["ok"], await Database.QueryAsync("PRAGMA integrity_check"));
        }

        // Asked of the rows themselves: SQLite holds the keys in its writer's registry, PostgreSQL in a unique index.
        Assert.Empty(await Database.QueryAsync("SELECT unique_key FROM tool_inputs WHERE (flags & 4) = 0 GROUP BY instance_id, step_id, unique_key HAVING COUNT(*) > 1"));
        Assert.Empty(await Database.QueryAsync("SELECT id FROM tool_inputs GROUP BY id HAVING COUNT(*) > 1"));

        // The store opens (and migrates nothing) on the database the killed process left.
        var (store, closing) = await OpenAsync();
        await using var closed = closing;
        var inputs = await store.Inputs(_instance, StepId).ReadAsync(InputQuery.All);
        var ids = inputs.Select(i => i.Id).ToHashSet();
        Assert.Equal(inputs.Count, ids.Count);
        var missing = acknowledged.Where(id => !ids.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged inputs are missing, e.g. {missing.FirstOrDefault()}");
        Assert.DoesNotContain(refused, ids.Contains);
        return inputs.Count;
    }

    private async Task<(IToolDataStore Store, IAsyncDisposable Closing)> OpenAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            var server = await PostgreSqlToolDataStore.OpenAsync(Database.Selection.ConnectionString!);
            return (server, server);
        }

        var file = await SqliteToolDataStore.OpenAsync(Database.Selection.SqlitePath!);
        return (file, file);
    }

    private Task<CrashWorkerRun> RunWorkerAsync(int killAfter, HashSet<Guid> acknowledged, HashSet<Guid> refused)
    {
        bool Read(string line)
        {
            if (line.Split(' ') is [var kind and ("ack" or "conflict"), var id] && Guid.TryParseExact(id, "N", out var inputId))
            {
                (kind == "ack" ? acknowledged : refused).Add(inputId);
                return true;
            }

            return false;
        }

        string[] arguments = ["ingest", _instance.ToString(), Submitters.ToString(CultureInfo.InvariantCulture), "10000000"];
        return CrashWorker.RunAsync(Database.Selection, arguments, Read, killAfter, RunLimit);
    }
}

[Collection(RunsAlone.Name)]
public sealed class SqliteIngestCrashTests(ITestOutputHelper output) : IngestCrashContract(DatabaseProvider.Sqlite, output);

/// <summary>One vote per person is the server's unique index: it holds across the kill as it holds across nodes.</summary>
[Collection(RunsAlone.Name)]
public sealed class PostgreSqlIngestCrashTests(ITestOutputHelper output) : IngestCrashContract(DatabaseProvider.PostgreSql, output);

using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tests.Performance;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ConsultEngine.Persistence.Tests.Crash;

/// <summary>
/// The acceptance test of the durable ingestion path: a worker process submits a burst of inputs
/// through the group-commit writer and prints each id as its append is acknowledged; the test kills
/// it with SIGKILL mid-burst, then checks the file: it opens cleanly, every acknowledged input is
/// stored exactly once, no refused input is, and no two inputs that are not withdrawn share a key.
/// Several rounds run on the same file.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class IngestCrashTests(ITestOutputHelper output) : IDisposable
{
    // The worker's step (IngestWorker.StepId in tests/ConsultEngine.CrashWorker).
    private const string StepId = "poll";
    private const int Rounds = 3;
    private const int Submitters = 128;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    private readonly TempDatabase _database = new();
    private readonly Guid _instance = Guid.NewGuid();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Worker_KilledMidBurst_LosesNoAcknowledgedInputAndKeepsKeysUnique()
    {
        var acknowledged = new HashSet<Guid>();
        var refused = new HashSet<Guid>();
        for (var round = 1; round <= Rounds; round++)
        {
            var killAfter = Random.Shared.Next(500, 3_000);

            var run = await RunWorkerAsync(killAfter, acknowledged, refused);

            Assert.True(run.Killed, $"round {round} ended by itself (exit {run.ExitCode}): {run.Errors}");
            var stored = await CheckAsync(acknowledged, refused);
            output.WriteLine($"round {round}: killed after {run.Outcomes} outcomes; {acknowledged.Count} acknowledged in all, {stored} stored, all present once, keys unique");
        }
    }

    private async Task<int> CheckAsync(HashSet<Guid> acknowledged, HashSet<Guid> refused)
    {
        await using (var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            Assert.Equal(["ok"], await SqliteText.QueryAsync(connection, "PRAGMA integrity_check"));
            Assert.Empty(await SqliteText.QueryAsync(connection, "SELECT unique_key FROM tool_inputs WHERE (flags & 4) = 0 GROUP BY instance_id, step_id, unique_key HAVING COUNT(*) > 1"));
            Assert.Empty(await SqliteText.QueryAsync(connection, "SELECT id FROM tool_inputs GROUP BY id HAVING COUNT(*) > 1"));
        }

        // The store opens (and migrates nothing) on the file the killed process left.
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = await store.Inputs(_instance, StepId).ReadAsync(InputQuery.All);
        var ids = inputs.Select(i => i.Id).ToHashSet();
        Assert.Equal(inputs.Count, ids.Count);
        var missing = acknowledged.Where(id => !ids.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged inputs are missing, e.g. {missing.FirstOrDefault()}");
        Assert.DoesNotContain(refused, ids.Contains);
        return inputs.Count;
    }

    private async Task<WorkerRun> RunWorkerAsync(int killAfter, HashSet<Guid> acknowledged, HashSet<Guid> refused)
    {
        var arguments = new[] { CrashWorker.Path(), "ingest", _database.Path, _instance.ToString(), Submitters.ToString(CultureInfo.InvariantCulture), "10000000" };
        var start = new ProcessStartInfo(CrashWorker.DotnetHost(), arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        using var timeout = new CancellationTokenSource(RunLimit);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        var (count, killed) = (0, false);
        try
        {
            // Lines read after the kill were written before it: they were acknowledged too.
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Split(' ') is [var kind and ("ack" or "conflict"), var id] && Guid.TryParseExact(id, "N", out var inputId))
                {
                    (kind == "ack" ? acknowledged : refused).Add(inputId);
                    if (++count >= killAfter && !killed)
                    {
                        process.Kill();
                        killed = true;
                    }
                }
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"The worker ran longer than {RunLimit}.");
        }

        return new WorkerRun(count, killed, process.ExitCode, await errors);
    }

    private sealed record WorkerRun(int Outcomes, bool Killed, int ExitCode, string Errors);
}

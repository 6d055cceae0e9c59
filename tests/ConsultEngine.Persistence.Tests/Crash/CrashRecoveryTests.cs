using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ConsultEngine.Persistence.Tests.Performance;
using ConsultEngine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace ConsultEngine.Persistence.Tests.Crash;

/// <summary>
/// The acceptance test of durability: a real worker process (<c>tests/ConsultEngine.CrashWorker</c>)
/// starts and advances many instances on a SQLite file with two racing loops, printing each commit
/// after it is acknowledged; the test kills it with SIGKILL in the middle of its work, checks the
/// file, and does it again; a last run finishes the work.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Instances = 500;
    private const int Crashes = 3;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Worker_KilledMidWork_LosesNoAcknowledgedCommitAndFinishesOnRestart()
    {
        var acknowledged = new Dictionary<Guid, long>();
        for (var crash = 1; crash <= Crashes; crash++)
        {
            // About 4,000 commits in all: each kill lands well before the end, even when the worker
            // runs hundreds of commits ahead of this reader (seen: a kill at 400 landing after 824).
            var killAfter = Random.Shared.Next(40, 400);

            var run = await RunWorkerAsync(killAfter, acknowledged);

            Assert.True(run.Killed, $"run {crash} ended by itself (exit {run.ExitCode}): {run.Errors}");
            var (instances, completed) = await DurableState.CheckAsync(_database.Path, acknowledged);
            output.WriteLine($"crash {crash}: killed after {run.Acknowledged} acknowledged commits; {instances} instances, {completed} completed, all consistent");
        }

        var last = await RunWorkerAsync(killAfter: null, acknowledged);

        Assert.True(last.ExitCode == 0, $"the last run failed (exit {last.ExitCode}): {last.Errors}");
        var (total, done) = await DurableState.CheckAsync(_database.Path, acknowledged);
        Assert.Equal(Instances, total);
        Assert.Equal(Instances, done);
        output.WriteLine($"last run: {last.Acknowledged} acknowledged commits, {last.Summary}; {done}/{total} instances completed");
    }

    private async Task<WorkerRun> RunWorkerAsync(int? killAfter, Dictionary<Guid, long> acknowledged)
    {
        var start = new ProcessStartInfo(CrashWorker.DotnetHost(), [CrashWorker.Path(), _database.Path, Instances.ToString(CultureInfo.InvariantCulture), "2"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        using var timeout = new CancellationTokenSource(RunLimit);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        var (count, killed, summary) = (0, false, string.Empty);
        try
        {
            // Lines read after the kill were written before it: they are acknowledged too.
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                var parts = line.Split(' ');
                if (parts is ["ack", var id, var revision] && Guid.TryParseExact(id, "N", out var instanceId) && long.TryParse(revision, CultureInfo.InvariantCulture, out var number))
                {
                    acknowledged[instanceId] = Math.Max(number, acknowledged.GetValueOrDefault(instanceId));
                    if (++count >= killAfter && !killed)
                    {
                        process.Kill();
                        killed = true;
                    }
                }
                else if (parts is ["done", ..])
                {
                    summary = $"{parts[1]} revision conflicts between its two loops";
                }
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"The worker ran longer than {RunLimit}.");
        }

        return new WorkerRun(count, killed, process.ExitCode, summary, await errors);
    }

    private sealed record WorkerRun(int Acknowledged, bool Killed, int ExitCode, string Summary, string Errors);
}

using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Benchmarks.Durable.EfCorePeer;

/// <summary>
/// The straightforward EF Core peer of <see cref="Workloads.SequentialRun"/>: the same sequential
/// state changes, each one a new DbContext (as a host's request scope) that loads the instance with
/// its steps (<c>Include</c>), completes the waiting step, makes the next one wait (or completes the
/// instance), bumps the revision, adds a journal entry and calls <c>SaveChanges</c> — one transaction,
/// the revision checked by EF Core's concurrency token.
/// </summary>
internal sealed class EfCoreRun
{
    private const string Actor = "vp.lan";
    private readonly DbContextOptions<PeerContext> _options;

    private EfCoreRun(DbContextOptions<PeerContext> options, int steps)
    {
        _options = options;
        Steps = steps;
    }

    public int Steps { get; }

    /// <summary>Creates the schema on a new SQLite file (WAL, as ConsultEngine's store) and returns the peer over it.</summary>
    public static async Task<EfCoreRun> CreateAsync(string path, int steps)
    {
        var options = new DbContextOptionsBuilder<PeerContext>()
            .UseSqlite($"Data Source={path}")
            .AddInterceptors(SamePragmas.Instance)
            .Options;
        var context = new PeerContext(options);
        await using (context.ConfigureAwait(false))
        {
            _ = await context.Database.EnsureCreatedAsync().ConfigureAwait(false);
            _ = await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;").ConfigureAwait(false);
        }

        return new EfCoreRun(options, steps);
    }

    /// <summary>Adds <paramref name="instances"/> instances, their first step waiting (not timed: one SaveChanges for all).</summary>
    public async Task<Guid[]> StartAsync(int instances)
    {
        var now = DateTimeOffset.UtcNow;
        var created = Enumerable.Range(0, instances).Select(_ => new PeerInstance
        {
            Id = Guid.CreateVersion7(now),
            DefinitionId = $"bench.sequential-{Steps}",
            UpdatedAt = now,
            Steps = [.. Enumerable.Range(1, Steps).Select(i => new PeerStep
            {
                StepId = StepId(i),
                Position = i,
                Status = i == 1 ? PeerStatus.Waiting : PeerStatus.Pending,
                ActivatedAt = i == 1 ? now : null,
            })],
        }).ToList();
        var context = new PeerContext(_options);
        await using (context.ConfigureAwait(false))
        {
            context.Instances.AddRange(created);
            context.Journal.AddRange(created.Select(i => new PeerJournalEntry { InstanceId = i.Id, At = now, Event = "instance-started", Actor = Actor }));
            _ = await context.SaveChangesAsync().ConfigureAwait(false);
        }

        return [.. created.Select(i => i.Id)];
    }

    /// <summary>Completes every step of every instance of <paramref name="ids"/>, step by step across the instances.</summary>
    public async Task CompleteAllAsync(IReadOnlyList<Guid> ids)
    {
        for (var index = 1; index <= Steps; index++)
        {
            foreach (var id in ids)
            {
                await CompleteAsync(id, index).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Whether every instance of <paramref name="ids"/> ended completed with one journal entry per change.</summary>
    public async Task<bool> AllCompletedAsync(IReadOnlyList<Guid> ids)
    {
        var context = new PeerContext(_options);
        await using (context.ConfigureAwait(false))
        {
            var completed = await context.Instances.CountAsync(i => ids.Contains(i.Id) && i.Status == PeerStatus.Completed && i.Revision == Steps).ConfigureAwait(false);
            var entries = await context.Journal.CountAsync(e => ids.Contains(e.InstanceId)).ConfigureAwait(false);
            return completed == ids.Count && entries == ids.Count * (Steps + 1);
        }
    }

    private async Task CompleteAsync(Guid id, int index)
    {
        var context = new PeerContext(_options);
        await using (context.ConfigureAwait(false))
        {
            var instance = await context.Instances.Include(i => i.Steps).SingleAsync(i => i.Id == id).ConfigureAwait(false);
            var stepId = StepId(index);
            var step = instance.Steps.Single(s => s.StepId == stepId);
            if (step.Status != PeerStatus.Waiting)
            {
                throw new InvalidOperationException($"The step {stepId} of {id} is {step.Status}, not waiting.");
            }

            var now = DateTimeOffset.UtcNow;
            step.Status = PeerStatus.Completed;
            step.Actor = Actor;
            step.CompletedAt = now;
            if (instance.Steps.SingleOrDefault(s => s.Position == index + 1) is { } next)
            {
                next.Status = PeerStatus.Waiting;
                next.ActivatedAt = now;
            }
            else
            {
                instance.Status = PeerStatus.Completed;
            }

            instance.Revision++;
            instance.UpdatedAt = now;
            context.Journal.Add(new PeerJournalEntry { InstanceId = id, At = now, Event = "step-completed", StepId = stepId, Actor = Actor });
            _ = await context.SaveChangesAsync().ConfigureAwait(false);
        }
    }

    private static string StepId(int index) => $"s{index}";
}

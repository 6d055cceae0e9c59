using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Model;

/// <summary>
/// The provider-neutral model of the instance store. Each provider derives its own context (so
/// that each keeps its own migration set) and adds only what the provider needs, such as how it
/// stores times.
/// </summary>
internal abstract class ConsultDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<InstanceRow> Instances => Set<InstanceRow>();

    public DbSet<StepStateRow> StepStates => Set<StepStateRow>();

    public DbSet<JournalRow> Journal => Set<JournalRow>();

    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();

    public DbSet<TimerRow> Timers => Set<TimerRow>();

    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    public DbSet<IncidentRow> Incidents => Set<IncidentRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModelConfigurations.Apply(modelBuilder);
        SnakeCaseNames.Apply(modelBuilder.Model);
    }
}

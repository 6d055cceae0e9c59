using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Benchmarks.Durable.EfCorePeer;

/// <summary>The peer's DbContext: instances with their steps (owned by the instance, loaded with <c>Include</c>) and a journal.</summary>
internal sealed class PeerContext(DbContextOptions<PeerContext> options) : DbContext(options)
{
    public DbSet<PeerInstance> Instances => Set<PeerInstance>();

    public DbSet<PeerJournalEntry> Journal => Set<PeerJournalEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var instance = modelBuilder.Entity<PeerInstance>();
        instance.HasKey(i => i.Id);
        instance.Property(i => i.Revision).IsConcurrencyToken();
        instance.HasMany(i => i.Steps).WithOne().HasForeignKey(s => s.InstanceId);

        modelBuilder.Entity<PeerStep>().HasKey(s => new { s.InstanceId, s.StepId });

        var journal = modelBuilder.Entity<PeerJournalEntry>();
        journal.HasKey(e => e.Id);
        journal.HasIndex(e => e.InstanceId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Privacy;

// Personal data kept as Decree 13/2023/ND-CP asks (docs/personal-data.md): how long a consultation keeps
// it, the aggregate kept when it is erased, and the one-time codes that let a person delete their inputs.

internal sealed class RetentionRow
{
    public Guid InstanceId { get; set; }

    public int Months { get; set; }

    public string SetBy { get; set; } = string.Empty;

    public DateTimeOffset SetAt { get; set; }
}

internal sealed class KeptAggregateRow
{
    public Guid InstanceId { get; set; }

    /// <summary>The aggregated results as computed just before the personal data was erased (JSON).</summary>
    public string AggregateJson { get; set; } = "{}";

    public DateTimeOffset KeptAt { get; set; }

    /// <summary>Set in the transaction that erased the personal data; null while the erasure has not finished.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>What the erasure changed (counts, JSON), written with <see cref="ErasedAt"/>, so that a journal entry lost to a crash is written on the next run.</summary>
    public string? CountsJson { get; set; }

    /// <summary>When the erasure was journaled on the consultation; null until then.</summary>
    public DateTimeOffset? JournaledAt { get; set; }
}

// No identifier in clear and no code in clear: both are keyed hashes (the installation's identifier key).
internal sealed class DeletionCodeRow
{
    public string CodeHash { get; set; } = string.Empty;

    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    /// <summary>The input ids of the receipt, as a JSON array.</summary>
    public string InputIdsJson { get; set; } = "[]";

    /// <summary>The keyed hash of the person's identifier (or of the receipt); null once the consultation's personal data was erased.</summary>
    public string? IdentifierHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}

internal sealed class RetentionConfiguration : IEntityTypeConfiguration<RetentionRow>
{
    public void Configure(EntityTypeBuilder<RetentionRow> builder)
    {
        builder.ToTable("privacy_retention");
        builder.HasKey(r => r.InstanceId);
    }
}

internal sealed class KeptAggregateConfiguration : IEntityTypeConfiguration<KeptAggregateRow>
{
    public void Configure(EntityTypeBuilder<KeptAggregateRow> builder)
    {
        builder.ToTable("privacy_kept_aggregates");
        builder.HasKey(k => k.InstanceId);
    }
}

internal sealed class DeletionCodeConfiguration : IEntityTypeConfiguration<DeletionCodeRow>
{
    public void Configure(EntityTypeBuilder<DeletionCodeRow> builder)
    {
        builder.ToTable("privacy_deletion_codes");
        builder.HasKey(d => d.CodeHash);
        builder.HasIndex(d => d.InstanceId);
    }
}

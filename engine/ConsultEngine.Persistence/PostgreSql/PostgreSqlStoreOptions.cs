namespace ConsultEngine.Persistence.PostgreSql;

/// <summary>Settings of a <see cref="PostgreSqlInstanceStore"/>.</summary>
public sealed record PostgreSqlStoreOptions
{
    /// <summary>Open connections kept for reuse (each holds its prepared statements).</summary>
    public int MaxIdleConnections { get; init; } = 8;

    /// <summary>The node this store claims timers and outbox messages as (at most 100 characters); by default one of its own.</summary>
    public string? NodeId { get; init; }
}

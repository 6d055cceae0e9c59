namespace ConsultEngine.Persistence.PostgreSql;

/// <summary>Settings of a <see cref="PostgreSqlInstanceStore"/>.</summary>
public sealed record PostgreSqlStoreOptions
{
    /// <summary>Open connections kept for reuse (each holds its prepared statements).</summary>
    public int MaxIdleConnections { get; init; } = 8;
}

namespace ConsultEngine.Hosting;

/// <summary>Settings of the engine in a host, bound from the <see cref="SectionName"/> section and validated on start.</summary>
public sealed class ConsultEngineOptions
{
    public const string SectionName = "ConsultEngine";

    /// <summary>The folder of definitions and overlays the engine can run (every version kept).</summary>
    public string DefinitionsPath { get; set; } = "definitions";

    /// <summary>The SQLite database file (the embedded default store).</summary>
    public string DatabasePath { get; set; } = "consult.db";

    /// <summary>
    /// The file of the secret key personal identifiers are hashed with (created on first use, owner
    /// read/write only); by default the database file's name with <c>.key</c>. Keep it out of database backups.
    /// </summary>
    public string? IdentifierKeyPath { get; set; }

    /// <summary>How often due timers are looked for.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often undispatched outbox messages are looked for.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most timers or messages handled in one round.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Whether the timer and outbox background services run (off for command-line tools).</summary>
    public bool RunBackgroundServices { get; set; } = true;
}

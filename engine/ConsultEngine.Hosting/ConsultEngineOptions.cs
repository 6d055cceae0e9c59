namespace ConsultEngine.Hosting;

/// <summary>Settings of the engine in a host, bound from the <see cref="SectionName"/> section and validated on start.</summary>
public sealed class ConsultEngineOptions
{
    public const string SectionName = "ConsultEngine";

    /// <summary>The folder of definitions and overlays the engine can run (every version kept).</summary>
    public string DefinitionsPath { get; set; } = "definitions";

    /// <summary>
    /// The folder of tool plugins, one sub-folder per plugin (<c>&lt;Name&gt;/&lt;Name&gt;.dll</c> and its
    /// private dependencies); a missing folder means no plugins. By default the <c>plugins</c> folder
    /// beside the host's executable, where <c>build/ConsultEngine.Plugins.targets</c> copies them.
    /// </summary>
    public string PluginsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>
    /// Whether a standard tool (survey, public hearing, focus group, online poll) that no loaded plugin
    /// supplies keeps its built-in step type, so that definitions naming it still validate; steps of
    /// such a type have no tool to run them (CE9101) until the plugin is installed.
    /// </summary>
    public bool StandardToolFallback { get; set; } = true;

    /// <summary>The SQLite database file (the embedded default store).</summary>
    public string DatabasePath { get; set; } = "consult.db";

    /// <summary>
    /// The file of the secret key personal identifiers are hashed with (created on first use, owner
    /// read/write only); by default the database file's name with <c>.key</c>. Keep it out of database backups.
    /// </summary>
    public string? IdentifierKeyPath { get; set; }

    /// <summary>
    /// The installation key the journal is chained with (HMAC-SHA256), as base64 of 32 bytes; when unset,
    /// the key file <see cref="JournalKeyPath"/>. Keep it out of database backups.
    /// </summary>
    public string? JournalKey { get; set; }

    /// <summary>
    /// The file of the journal key (created on first use, owner read/write only) when <see cref="JournalKey"/>
    /// is unset; by default the database file's name with <c>.journal.key</c>.
    /// </summary>
    public string? JournalKeyPath { get; set; }

    /// <summary>How the journal is audited (section <c>ConsultEngine:Journal</c>).</summary>
    public JournalAuditOptions Journal { get; set; } = new();

    /// <summary>
    /// The identifier hash key itself, base64 (32 bytes), for installations that keep secrets in the
    /// environment or a secret store (<c>ConsultEngine__IdentifierHashKey</c>); when set it wins over
    /// <see cref="IdentifierKeyPath"/> and no key file is created.
    /// </summary>
    public string? IdentifierHashKey { get; set; }

    /// <summary>How often due timers are looked for.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often undispatched outbox messages are looked for.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most timers or messages handled in one round.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Whether the timer and outbox background services run (off for command-line tools).</summary>
    public bool RunBackgroundServices { get; set; } = true;

    /// <summary>Which database the stores live in (section <c>ConsultEngine:Database</c>); SQLite at <see cref="DatabasePath"/> unless it names another.</summary>
    public DatabaseOptions Database { get; set; } = new();
}

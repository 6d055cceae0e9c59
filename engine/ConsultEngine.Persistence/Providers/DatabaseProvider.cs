namespace ConsultEngine.Persistence.Providers;

/// <summary>The database engines the stores run on.</summary>
public enum DatabaseProvider
{
    /// <summary>One file, nothing to install: the embedded default for one province.</summary>
    Sqlite,

    /// <summary>A server shared by several web nodes (national scale, several provinces).</summary>
    PostgreSql,
}

namespace ConsultEngine.Cli.Commands;

/// <summary>What a command needs of the database and the definitions before it runs.</summary>
internal enum DatabaseUse
{
    /// <summary>Starts instances: the database file is created (and migrated) when it is not there.</summary>
    CreateIfMissing,

    /// <summary>Works on instances already started: a missing file is a mistyped <c>--db</c>, not an empty store.</summary>
    Existing,

    /// <summary>Reads the store only (the journal audit): no definitions are needed.</summary>
    ExistingWithoutDefinitions,
}

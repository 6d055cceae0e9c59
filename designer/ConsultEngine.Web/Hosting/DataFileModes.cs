namespace ConsultEngine.Web.Hosting;

/// <summary>
/// The database and the keys are readable by the service's own account only: the database file is
/// created <c>0600</c> by the engine's storage before SQLite first opens it (<c>SqliteDatabaseFile</c>; SQLite
/// gives its <c>-wal</c> and <c>-shm</c> files the database file's mode), an existing one is narrowed to <c>0600</c>, and the data protection key folder is
/// <c>0700</c> with its files <c>0600</c>. On Windows the folder's inherited ACLs apply instead.
/// </summary>
internal static class DataFileModes
{
    public const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static void Protect(WebDataPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (paths.Database.Provider == ConsultEngine.Persistence.Providers.DatabaseProvider.Sqlite)
        {
            // On PostgreSQL there is no database file to create (nor a keys folder in use; an empty one costs nothing).
            ProtectDatabase(paths.DatabasePath);
        }

        ProtectFolder(paths.KeysFolder);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void ProtectDatabase(string database)
    {
        // Created owner-only by the engine's storage, whoever opens it first; an existing one is narrowed here.
        ConsultEngine.Persistence.Sqlite.SqliteDatabaseFile.CreateOwnerOnly(database);
        foreach (var file in new[] { database, database + "-wal", database + "-shm", database + "-journal" }.Where(File.Exists))
        {
            File.SetUnixFileMode(file, OwnerFile);
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void ProtectFolder(string folder)
    {
        Directory.CreateDirectory(folder, OwnerFolder);
        File.SetUnixFileMode(folder, OwnerFolder);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.SetUnixFileMode(file, OwnerFile);
        }
    }
}

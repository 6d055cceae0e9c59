namespace ConsultEngine.Persistence.Sqlite;

/// <summary>
/// A new database file is readable by the service's own account only, whichever entry point opens it
/// first (the web host, the CLI, a test): it is created empty with mode <c>0600</c> before SQLite first
/// opens it, and SQLite gives its <c>-wal</c> and <c>-shm</c> files the database file's mode. An existing
/// file is left as it is (the web host narrows it at start). On Windows the folder's ACLs apply instead.
/// </summary>
public static class SqliteDatabaseFile
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the (empty) database file at <paramref name="databasePath"/> owner-only, unless it exists or is not a plain file path.</summary>
    public static void CreateOwnerOnly(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        if (OperatingSystem.IsWindows() || databasePath.Length == 0 || databasePath == ":memory:"
            || databasePath.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || File.Exists(databasePath))
        {
            return;
        }

        try
        {
            // An empty file is a new SQLite database.
            using var created = new FileStream(databasePath, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        }
        catch (IOException) when (File.Exists(databasePath))
        {
            // Another store or process created it meanwhile.
        }
        catch (DirectoryNotFoundException)
        {
            // SQLite reports the missing folder itself when it opens the file.
        }
    }
}

using System.Security.Cryptography;

namespace ConsultEngine.Runtime.Journal;

/// <summary>
/// A secret of the installation kept in a file beside the database: created once with random bytes,
/// owner read/write only from the start (mode 0600) where the file system supports it, then read back.
/// Keep such files with backups of the database but not in them.
/// </summary>
public static class InstallationKeyFile
{
    /// <summary>The key's base64 text: read from <paramref name="path"/>, or created there with <paramref name="length"/> random bytes.</summary>
    public static string LoadOrCreate(string path, int length)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var text = Convert.ToBase64String(RandomNumberGenerator.GetBytes(length));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return WriteOnce(path, text);
    }

    /// <summary>
    /// Creates <paramref name="path"/> holding <paramref name="text"/>, owner read/write only from the start
    /// where the file system supports it, and answers that text; when another process created the file
    /// first, answers what it holds instead (theirs wins, so every process agrees).
    /// </summary>
    public static string WriteOnce(string path, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, create);
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it between the check and the creation: read theirs.
            return File.ReadAllText(path).Trim();
        }

        return text;
    }
}

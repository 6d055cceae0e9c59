using System.Globalization;

namespace ConsultEngine.Runtime.Journal;

/// <summary>
/// The installation's record of when it began sealing journals with its key: a small file beside the
/// database (<c>consult.db</c> → <c>consult.journal.keyed</c>), written once by the engine, owner-only,
/// holding that time. Journals begun before it may be legacy; an unkeyed chain with an entry written
/// since it was rewritten without the key, however consistent its hashes. Like the key, it lives outside
/// the database, so whoever can only write the database cannot move it. (Entry times are inside the
/// database: a rewrite that also backdates every entry still needs the exported head, or
/// <see cref="JournalAuditPolicy.RequireKeyed"/>, to be caught.)
/// </summary>
public static class JournalKeyedMarker
{
    /// <summary>The marker file of a database: its name with <c>.journal.keyed</c>.</summary>
    public static string PathFor(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return Path.ChangeExtension(Path.GetFullPath(databasePath), ".journal.keyed");
    }

    /// <summary>Writes the marker with <paramref name="now"/> unless it exists; answers the time it holds.</summary>
    public static DateTimeOffset EnsureWritten(string path, DateTimeOffset now)
    {
        if (Read(path) is { } since)
        {
            return since;
        }

        var written = InstallationKeyFile.WriteOnce(path, now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));

        // Another process may have written it first: theirs is the earlier time.
        return DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var first) ? first : now;
    }

    /// <summary>The time the marker at <paramref name="path"/> holds, or <c>null</c> when there is none (or it is unreadable).</summary>
    public static DateTimeOffset? Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return File.Exists(path) && DateTimeOffset.TryParse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var since)
                ? since
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

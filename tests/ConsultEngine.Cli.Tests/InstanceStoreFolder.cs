using System.Text.RegularExpressions;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace ConsultEngine.Cli.Tests;

/// <summary>
/// One test's temp folder with its SQLite file: runs <c>consult</c> against it and a definitions
/// folder, and opens the store (or the raw file) to check what the commands stored.
/// </summary>
internal sealed partial class InstanceStoreFolder : IDisposable
{
    private InstanceStoreFolder(string definitions)
    {
        Definitions = definitions;
        Folder = Path.Combine(Path.GetTempPath(), $"consult-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Definitions { get; }

    public string Database => Path.Combine(Folder, "consult.db");

    /// <summary>On the repository's own definitions (<c>hdnd.standard@1</c> and the province overlays).</summary>
    public static InstanceStoreFolder OnRepositoryDefinitions() => new(RepositoryDefinitions());

    /// <summary>On the small fixtures: <c>test.review@1</c>, <c>test.review@2</c>, <c>test.timed@1</c>.</summary>
    public static InstanceStoreFolder OnFixtures() => new(FixtureFiles.Path("instances"));

    public CliOutput Run(params string[] args) => CliRun.Invoke([.. args, "--db", Database, "--definitions", Definitions]);

    /// <summary>Starts an instance and returns the id printed on the first line.</summary>
    public Guid Start(params string[] args)
    {
        var output = Run(["instances", "start", .. args]);
        Assert.True(output.ExitCode == 0, output.Stderr);
        return Guid.Parse(output.Stdout.Split('\n')[0].Trim());
    }

    public async Task<T> ReadAsync<T>(Func<IInstanceStore, Task<T>> read)
    {
        await using var store = await SqliteInstanceStore.OpenAsync(Database);
        return await read(store);
    }

    /// <summary>Runs one SQL statement on the file itself, as someone with access to the disk could, and returns the rows it changed.</summary>
    public int Tamper(string sql, Guid instanceId, long sequence)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", instanceId.ToString());
        command.Parameters.AddWithValue("$sequence", sequence);
        return command.ExecuteNonQuery();
    }

    /// <summary>The codes of the <c>error CE####:</c> lines of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> ErrorCodes(string text) =>
        [.. ErrorLine().Matches(text).Select(m => m.Groups["code"].Value)];

    /// <summary>The instance ids that start the lines of <paramref name="text"/> (the rows of <c>instances list</c>).</summary>
    public static IReadOnlyList<Guid> LeadingIds(string text) =>
        [.. LeadingId().Matches(text).Select(m => Guid.Parse(m.Groups["id"].Value))];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere only leaves a temp folder behind.
        }
    }

    private static string RepositoryDefinitions()
    {
        for (var dir = new DirectoryInfo(FixtureFiles.Folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "definitions");
            if (File.Exists(Path.Combine(candidate, "standard", "hdnd.standard.v1.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's definitions folder was not found above the test fixtures.");
    }

    [GeneratedRegex(@"(?m)^error (?<code>CE\d{4}):")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"(?m)^(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s")]
    private static partial Regex LeadingId();
}

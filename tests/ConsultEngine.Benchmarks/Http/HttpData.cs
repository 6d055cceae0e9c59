using ConsultEngine.Abstractions;
using ConsultEngine.Benchmarks.Report;
using ConsultEngine.Hosting.Demo;
using ConsultEngine.Persistence.Tools;

namespace ConsultEngine.Benchmarks.Http;

/// <summary>Where the repository is, for the web host's build output and the definitions.</summary>
internal static class BenchPaths
{
    public static string Definitions { get; } = ReportSuite.FindDefinitions();

    public static string Root { get; } = Path.GetDirectoryName(Definitions)!;
}

/// <summary>What the web host is started on: its SQLite file, its definitions and the keys it shares with the seeding.</summary>
internal interface IHostData
{
    string DatabasePath { get; }

    string Definitions { get; }

    string IdentifierKeyPath { get; }

    string JournalKeyPath { get; }
}

/// <summary>Deletes a run's data folder once the host is stopped.</summary>
internal static class HostDataFolder
{
    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the stopped host's last moments: the temporary folder is cleaned by the system.
        }
    }
}

/// <summary>
/// A fresh data folder for one run of the <c>http</c> suite: a SQLite file holding the example consultation
/// (<see cref="DemoConsultation"/>, small) stopped while its survey collects (the questionnaire set, the pilot
/// over, the step waiting), and the keys the host and the seeding share. Deleted with the run.
/// </summary>
internal sealed class HttpData : IHostData, IDisposable
{
    public const string SurveyStep = "run-survey";

    private HttpData(string folder, Guid instanceId)
    {
        Folder = folder;
        InstanceId = instanceId;
    }

    public string Folder { get; }

    public Guid InstanceId { get; }

    public string DatabasePath => Path.Combine(Folder, "consult.db");

    public string IdentifierKeyPath => Path.Combine(Folder, "identifier.key");

    public string JournalKeyPath => Path.Combine(Folder, "journal.key");

    public static string DefinitionsPath => BenchPaths.Definitions;

    public string Definitions => DefinitionsPath;

    public static async Task<HttpData> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"consult-bench-http-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var paths = new HttpData(folder, Guid.Empty);
        var id = await DemoConsultation.CreateInDatabaseAsync(o =>
        {
            o.DatabasePath = paths.DatabasePath;
            o.DefinitionsPath = DefinitionsPath;
            o.IdentifierKeyPath = paths.IdentifierKeyPath;
            o.JournalKeyPath = paths.JournalKeyPath;
        }, DemoOptions.Small with { StopBefore = SurveyStep }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new HttpData(folder, id);
    }

    /// <summary>The ids of the survey's stored inputs, read from the file (with the host stopped).</summary>
    public async Task<IReadOnlyList<Guid>> StoredInputIdsAsync(CancellationToken cancellationToken)
    {
        var store = await SqliteToolDataStore.OpenAsync(DatabasePath, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var inputs = await store.Inputs(InstanceId, SurveyStep).ReadAsync(InputQuery.All, cancellationToken).ConfigureAwait(false);
            return [.. inputs.Select(i => i.Id)];
        }
    }

    public void Dispose() => HostDataFolder.Delete(Folder);
}

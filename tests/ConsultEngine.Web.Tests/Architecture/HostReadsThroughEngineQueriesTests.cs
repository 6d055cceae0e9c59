using System.Text.RegularExpressions;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Architecture;

/// <summary>
/// The web host reads consultations through the engine's queries (<c>IConsultationQueries</c>), never through
/// the engine's store: no file of the host touches <c>ProcessEngine.Store</c> or calls a read of the store
/// (<c>IInstanceStore</c>'s list, find, load and read methods). Scanned: the host's <c>.cs</c> and <c>.razor</c>
/// files, except build output and EF Core migrations.
/// </summary>
public sealed partial class HostReadsThroughEngineQueriesTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web");

    [Fact]
    public void TheWebHost_NeitherTouchesTheEnginesStore_NorCallsItsReads()
    {
        var findings = new List<string>();
        var scanned = 0;
        foreach (var file in HostFiles())
        {
            scanned++;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Forbidden().Match(lines[i]) is { Success: true } match)
                {
                    findings.Add($"{Path.GetRelativePath(Web, file).Replace('\\', '/')}:{i + 1}: {match.Value}");
                }
            }
        }

        Assert.True(scanned > 100, $"{scanned} files scanned");
        Assert.True(findings.Count == 0, "the web host reads the engine's store (read through IConsultationQueries):\n" + string.Join("\n", findings));
    }

    [Theory]
    [InlineData("var i = await engine.Store.ListInstancesAsync(ct);")]
    [InlineData("var store = engine.Store;")]
    [InlineData("await store.ReadJournalAsync(id, ct)")]
    [InlineData("(await instances.ListBookmarksAsync(cancellationToken: ct))")]
    public void TheScan_FindsAStoreRead(string line) => Assert.Matches(Forbidden(), line);

    [Theory]
    [InlineData("await queries.JournalAsync(id, cancellationToken: ct)")]
    [InlineData("await ExampleReportVersions.StoreAsync(db, ct)")]
    [InlineData("services.AddSingleton<AssignmentStore>();")]
    public void TheScan_LetsQueriesAndOtherStoresBe(string line) => Assert.DoesNotMatch(Forbidden(), line);

    private static IEnumerable<string> HostFiles() =>
        Directory.EnumerateFiles(Web, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".cs" or ".razor")
            .Where(f => Path.GetRelativePath(Web, f).Replace('\\', '/').Split('/') is var parts
                && !parts.Contains("bin") && !parts.Contains("obj") && !parts.Contains("Migrations"));

    // ProcessEngine.Store, and the reads only IInstanceStore has (their names are the store's own).
    [GeneratedRegex(@"\.Store\b|\b(ListInstancesAsync|FindInstanceAsync|LoadAllStepsAsync|LoadStepsAsync|ReadJournalAsync|ListBookmarksAsync|ListIncidentsAsync|LoadTimersAsync|FindDueTimersAsync|FindUndispatchedAsync)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Forbidden();
}

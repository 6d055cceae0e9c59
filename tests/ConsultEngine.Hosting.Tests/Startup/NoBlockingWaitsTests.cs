using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ConsultEngine.Hosting.Tests.Startup;

/// <summary>
/// The hosting, reporting, command-line and web code waits for nothing synchronously: stores are opened
/// and definitions seeded by the engine's initialisation, and the definition catalogue answers from
/// memory. Each remaining <c>.GetAwaiter().GetResult()</c> is listed here with its reason.
/// </summary>
public sealed partial class NoBlockingWaitsTests
{
    private static readonly string[] Folders =
    [
        "engine/ConsultEngine.Hosting",
        "engine/ConsultEngine.Reporting",
        "engine/ConsultEngine.Cli",
        "designer/ConsultEngine.Web",
    ];

    /// <summary>File (from the repository root) → why it may block.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["engine/ConsultEngine.Hosting/Definitions/StoredDefinitionCatalog.cs"] =
            "a miss of the synchronous catalogue (a version another node published) reads that definition once, at most once a second per id, on a pool thread",
    };

    [Fact]
    public void NoSourceFile_BlocksOnATask_OutsideTheAllowList()
    {
        var root = RepositoryRoot();
        var found = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal))
            .Where(file => !IsBuildOutput(file))
            .Where(file => BlockingWait().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(file => !Allowed.ContainsKey(file))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void TheScan_FindsABlockingWait_WhenThereIsOne()
    {
        Assert.Matches(BlockingWait(), "var store = OpenAsync(path).GetAwaiter().GetResult();");
        Assert.Matches(BlockingWait(), "x.GetAwaiter()\n    .GetResult()");
    }

    [GeneratedRegex(@"\.GetAwaiter\(\)\s*\.GetResult\(\)")]
    private static partial Regex BlockingWait();

    private static bool IsBuildOutput(string file)
    {
        var parts = file.Replace('\\', '/').Split('/');
        return parts.Contains("obj") || parts.Contains("bin");
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}

using System.Runtime.CompilerServices;

namespace ConsultEngine.Cli.Tests;

/// <summary>The JSON fixtures in <c>Fixtures/</c> beside the tests, found from this source file so tests run from any folder.</summary>
internal static class FixtureFiles
{
    public static string Folder { get; } = System.IO.Path.Combine(Here(), "Fixtures");

    public static string Consultation => Path("consultation.json");

    public static string Broken => Path("invalid", "broken.json");

    public static string ProvinceOverlay => Path("rebase", "province.json");

    public static string StandardV1 => Path("rebase", "standard.v1.json");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Folder, .. parts]);

    /// <summary>The 1-based line of <paramref name="file"/> that holds <paramref name="marker"/>, which must occur exactly once.</summary>
    public static int LineOf(string file, string marker)
    {
        var lines = File.ReadAllLines(file);
        var hits = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, $"'{marker}' occurs {hits.Count} times in {file}; a test marker must occur once.");
        return hits[0] + 1;
    }

    private static string Here([CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path)!;
}

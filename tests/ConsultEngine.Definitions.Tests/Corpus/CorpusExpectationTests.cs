using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Tests.Corpus;

/// <summary>Every malformed document of the corpus gives exactly the codes <c>expected.json</c> lists for it, each placed in the text.</summary>
public sealed class CorpusExpectationTests
{
    private static readonly IReadOnlyDictionary<string, string[]> Expected = CorpusFiles.Expectations();

    private readonly DefinitionValidator _validator = CorpusFiles.CreateValidator();

    public static TheoryData<string> Files() => [.. CorpusFiles.Names()];

    [Theory]
    [MemberData(nameof(Files))]
    public void ValidateFile_ReportsExactlyTheExpectedCodes(string file)
    {
        Assert.True(Expected.TryGetValue(file, out var expected), $"expected.json has no entry for {file}.");

        var actual = _validator.ValidateFile(CorpusFiles.PathOf(file)).Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ValidateFile_PlacesEveryDiagnosticAtALineAColumnAndAPointer(string file)
    {
        var diagnostics = _validator.ValidateFile(CorpusFiles.PathOf(file)).Diagnostics;

        Assert.All(diagnostics, d =>
        {
            Assert.True(d.Line >= 1, $"{d.Code} at {d.Path} is on line {d.Line}.");
            Assert.True(d.Column >= 1, $"{d.Code} at {d.Path} is in column {d.Column}.");
            Assert.True(d.Path.Length == 0 || d.Path.StartsWith('/'), $"{d.Code} has the path '{d.Path}', which is not a JSON Pointer.");
        });
    }

    [Fact]
    public void EveryFileHasAnExpectation_EveryExpectationHasAFile_AndEveryFileHasAnError()
    {
        var files = CorpusFiles.Names();

        Assert.Empty(files.Except(Expected.Keys, StringComparer.Ordinal));
        Assert.Empty(Expected.Keys.Except(files, StringComparer.Ordinal));
        Assert.All(files, file => Assert.Contains(_validator.ValidateFile(CorpusFiles.PathOf(file)).Diagnostics, d => d.IsError));
    }

    [Fact]
    public void Expectations_ListTheirCodesSorted()
    {
        Assert.All(Expected, entry => Assert.Equal(entry.Value.Order(StringComparer.Ordinal), entry.Value));
    }

    [Fact]
    public void TheBaseDefinitionTheOverlaysExtend_IsValidWithoutWarnings()
    {
        Assert.Empty(_validator.ValidateFile(CorpusFiles.BasePath).Diagnostics);
    }
}

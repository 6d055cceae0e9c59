using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Tests.Corpus;

/// <summary>CE0004, the one code no corpus file can carry: the file cannot be read at all.</summary>
public sealed class DocumentUnreadableTests
{
    private readonly DefinitionValidator _validator = CorpusFiles.CreateValidator();

    [Fact]
    public void ValidateFile_MissingFile_ReportsCE0004()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"consult-missing-{Guid.NewGuid():N}.json");

        var result = _validator.ValidateFile(missing);

        Assert.Equal(["CE0004"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void ValidateFile_Folder_ReportsCE0004()
    {
        var result = _validator.ValidateFile(Path.Combine(CorpusFiles.Folder, "Invalid"));

        Assert.Equal(["CE0004"], result.Diagnostics.Select(d => d.Code));
    }
}

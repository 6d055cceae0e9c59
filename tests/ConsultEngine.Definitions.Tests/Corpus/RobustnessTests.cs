using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Tests.Corpus;

/// <summary>Hostile documents get a coded diagnostic, never an exception or a hang.</summary>
public sealed class RobustnessTests
{
    private readonly DefinitionValidator _validator = CorpusFiles.CreateValidator();

    [Fact]
    public void ValidateFile_FiftyMegabytes_IsRefusedWithCE0001WithoutBeingRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"consult-huge-{Guid.NewGuid():N}.json");
        try
        {
            // A sparse file of zero bytes: had it been read as JSON it would also get CE0002.
            using (var stream = new FileStream(path, FileMode.CreateNew))
            {
                stream.SetLength(50L * 1024 * 1024);
            }

            var result = _validator.ValidateFile(path);

            Assert.Equal(["CE0001"], result.Diagnostics.Select(d => d.Code));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ValidateUtf8_OneByteOverTheLimit_IsRefusedWithCE0001()
    {
        var bytes = new byte[DocumentLimits.MaxDocumentBytes + 1];
        bytes.AsSpan().Fill((byte)'[');

        var result = _validator.ValidateUtf8(bytes);

        Assert.Equal(["CE0001"], result.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\":", "}")]
    public void ValidateText_TenThousandLevelsOfNesting_ReportsCE0003(string open, string close)
    {
        var json = string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));

        var result = _validator.ValidateText(json);

        Assert.Equal(["CE0003"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void ValidateText_RuleNestedAHundredThousandLevelsDeep_ReportsCE4001()
    {
        var document = JsonNode.Parse(File.ReadAllText(CorpusFiles.BasePath))!;
        document["rules"]!["needsHearing"] = new string('(', 100_000) + "true" + new string(')', 100_000);

        var result = _validator.ValidateText(document.ToJsonString());

        Assert.Equal(["CE4001"], result.Diagnostics.Select(d => d.Code));
    }
}

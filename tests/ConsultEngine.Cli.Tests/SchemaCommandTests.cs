using System.Text.Json;

namespace ConsultEngine.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_NoArguments_PrintsTheCheckedInSchema()
    {
        var output = CliRun.Invoke("schema");

        Assert.Equal(0, output.ExitCode);
        using var printed = JsonDocument.Parse(output.Stdout);
        using var checkedIn = JsonDocument.Parse(File.ReadAllText(SchemaFile()));
        Assert.Equal(checkedIn.RootElement.GetRawText(), printed.RootElement.GetRawText());
    }

    [Fact]
    public void Schema_UnexpectedArgument_ExitsTwo()
    {
        var output = CliRun.Invoke("schema", "extra");

        Assert.Equal(2, output.ExitCode);
    }

    private static string SchemaFile()
    {
        for (var dir = new DirectoryInfo(FixtureFiles.Folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "definitions", "schema", "consult-process.v1.schema.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The checked-in schema was not found above the test fixtures.");
    }
}

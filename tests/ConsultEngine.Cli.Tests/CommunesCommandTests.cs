using System.Text.RegularExpressions;
using ConsultEngine.Persistence.Administrative;

namespace ConsultEngine.Cli.Tests;

/// <summary><c>consult provinces</c> and <c>consult communes import|list</c> on a temporary SQLite file.</summary>
public sealed partial class CommunesCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"consult-communes-{Guid.NewGuid():N}");

    public CommunesCommandTests() => Directory.CreateDirectory(_folder);

    private string Database => Path.Combine(_folder, "consult.db");

    private static string Example => Path.Combine(FixtureFiles.Folder, "..", "..", "..", "definitions", "administrative", "48-da-nang.csv");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Provinces_ListsThe34UnitsByCode()
    {
        var output = CliRun.Invoke("provinces");

        Assert.Equal(0, output.ExitCode);
        var lines = output.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(34, lines.Length);
        Assert.Contains(lines, l => l.TrimEnd('\r') == "48  thành phố Đà Nẵng (Da Nang)");
    }

    [Fact]
    public void Import_TheExampleFile_ThenList_PrintsEveryUnitInTheFilesOrder()
    {
        var units = File.ReadAllLines(Example).Length - 1;

        var imported = CliRun.Invoke("communes", "import", "48", Example, "--db", Database);
        var listed = CliRun.Invoke("communes", "list", "48", "--db", Database);

        Assert.Equal((0, $"{units} commune(s) imported for thành phố Đà Nẵng."), (imported.ExitCode, imported.Stdout.Trim()));
        Assert.Equal(0, listed.ExitCode);
        var rows = listed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(["code", "kind", "name"], Cells(rows[0]));
        Assert.Equal(["hai-chau", "ward", "Hải Châu"], Cells(rows[1]));
        Assert.Equal($"{units} commune(s).", rows[^1]);
    }

    [Fact]
    public void Import_FileWithProblems_PrintsEachWithItsLineStoresNothingAndExitsOne()
    {
        var file = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(file, "code,name,kind\nhai-chau,Hải Châu,ward\nhai-chau,Thanh Khê,ward\nson-tra,Sơn Trà,district\n");

        var output = CliRun.Invoke("communes", "import", "48", file, "--db", Database);

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([(AdministrativeCodes.CodeDuplicate, 3), (AdministrativeCodes.KindUnknown, 4)], Errors(output.Stderr));
        Assert.Equal("0 commune(s).", CliRun.Invoke("communes", "list", "48", "--db", Database).Stdout.Trim());
    }

    [Fact]
    public void ImportAndList_AProvinceThatIsNotOneOfThe34_AreRefusedWithItsCode()
    {
        var import = CliRun.Invoke("communes", "import", "49", Example, "--db", Database);
        var list = CliRun.Invoke("communes", "list", "49", "--db", Database);

        Assert.Equal((1, AdministrativeCodes.ProvinceUnknown), (import.ExitCode, Assert.Single(Errors(import.Stderr)).Code));
        Assert.Equal((1, AdministrativeCodes.ProvinceUnknown), (list.ExitCode, Assert.Single(Errors(list.Stderr)).Code));
    }

    [Fact]
    public void Import_MissingFile_IsBadUsage() =>
        Assert.Equal(2, CliRun.Invoke("communes", "import", "48", Path.Combine(_folder, "none.csv"), "--db", Database).ExitCode);

    private static string[] Cells(string row) => row.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Import_AFileLargerThanTheCap_IsRefusedWithCE8210_BeforeItIsRead_AndStoresNothing()
    {
        var file = Path.Combine(_folder, "huge.csv");
        // Well-formed lines, each at least 20 bytes: only the size is wrong.
        File.WriteAllText(file, "code,name,kind\n" + string.Concat(Enumerable.Range(0, (CommuneCsv.MaxBytes / 20) + 1).Select(i => $"xa-{i:D6},Xã số {i:D6},commune\n")));
        Assert.True(new FileInfo(file).Length > CommuneCsv.MaxBytes);

        var output = CliRun.Invoke("communes", "import", "48", file, "--db", Database);

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([(AdministrativeCodes.FileTooLarge, 0)], Errors(output.Stderr));
        Assert.Equal("0 commune(s).", CliRun.Invoke("communes", "list", "48", "--db", Database).Stdout.Trim());
    }

    [Fact]
    public void Import_MoreLinesThanTheCap_IsRefusedWithCE8211()
    {
        var file = Path.Combine(_folder, "long.csv");
        File.WriteAllText(file, "code,name,kind\n" + string.Concat(Enumerable.Range(0, CommuneCsv.MaxRows + 1).Select(i => $"x{i},n{i},ward\n")));

        var output = CliRun.Invoke("communes", "import", "48", file, "--db", Database);

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([(AdministrativeCodes.TooManyRows, 0)], Errors(output.Stderr));
    }

    [Fact]
    public void Import_ANameLongerThanTheCap_IsRefusedWithCE8212_OnItsLine()
    {
        var file = Path.Combine(_folder, "wide.csv");
        File.WriteAllText(file, $"code,name,kind\nhai-chau,Hải Châu,ward\nson-tra,{new string('S', CommuneCsv.MaxFieldLength + 1)},ward\n");

        var output = CliRun.Invoke("communes", "import", "48", file, "--db", Database);

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([(AdministrativeCodes.FieldTooLong, 3)], Errors(output.Stderr));
    }

    private static List<(string Code, int Line)> Errors(string stderr) =>
        [.. ErrorLine().Matches(stderr).Select(m => (m.Groups["code"].Value, m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0))];

    [GeneratedRegex(@"^error (?<code>CE\d{4}): (line (?<line>\d+): )?", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}

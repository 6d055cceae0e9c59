namespace ConsultEngine.Cli.Tests;

/// <summary><c>consult db migrate</c>: the database of the chosen provider brought to the current schema; a choice it cannot use is a coded refusal.</summary>
public sealed class DbMigrateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("consult-cli-db-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void DbMigrate_Sqlite_CreatesTheFile_SaysWhere_AndExitsZero()
    {
        var file = Path.Combine(_folder, "consult.db");

        var output = CliRun.Invoke("db", "migrate", "--db", file);

        Assert.Equal(0, output.ExitCode);
        Assert.True(File.Exists(file));
        Assert.Equal($"migrated: Sqlite {file}", output.Stdout.Trim());
    }

    [Fact]
    public void DbMigrate_TwiceOnOneFile_ExitsZeroBothTimes()
    {
        var file = Path.Combine(_folder, "consult.db");

        Assert.Equal(0, CliRun.Invoke("db", "migrate", "--db", file).ExitCode);
        Assert.Equal(0, CliRun.Invoke("db", "migrate", "--db", file, "--db-provider", "Sqlite").ExitCode);
    }

    [Theory]
    [InlineData("CE8320", "--db-provider", "Oracle")]
    [InlineData("CE8321", "--db-provider", "PostgreSql")]
    [InlineData("CE8324", "--connection", "Data Source=x.db")]
    public void DbMigrate_AChoiceItCannotUse_ExitsTwoWithItsCode_AndCreatesNothing(string code, string option, string value)
    {
        var file = Path.Combine(_folder, "consult.db");

        var output = CliRun.Invoke("db", "migrate", "--db", file, option, value);

        Assert.Equal(2, output.ExitCode);
        Assert.StartsWith($"error {code}:", output.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void DbMigrate_PostgreSqlServerUnreachable_ExitsOne()
    {
        var output = CliRun.Invoke("db", "migrate", "--db-provider", "PostgreSql", "--connection", "Host=127.0.0.1;Port=1;Database=consult;Username=consult;Timeout=2");

        Assert.Equal(1, output.ExitCode);
        Assert.Contains("PostgreSql database cannot be migrated", output.Stderr, StringComparison.Ordinal);
    }
}

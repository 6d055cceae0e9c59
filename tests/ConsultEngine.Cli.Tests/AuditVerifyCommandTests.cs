using System.Text.RegularExpressions;

namespace ConsultEngine.Cli.Tests;

public sealed partial class AuditVerifyCommandTests
{
    [Fact]
    public void AuditVerify_UntouchedJournals_ExitsZeroWithEveryInstanceOk()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var first = folder.Start("test.review@1", "--var", "year=2026");
        var second = folder.Start("test.timed@1");

        var output = folder.Run("audit", "verify");

        Assert.Equal(0, output.ExitCode);
        Assert.Equal([(first, (long?)null), (second, null)], Verdicts(output.Stdout));
    }

    [Fact]
    public async Task AuditVerify_EntryChangedInTheFile_ExitsOneNamingTheInstanceAndTheEntry()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var untouched = folder.Start("test.review@1", "--var", "year=2026");
        var tampered = folder.Start("test.review@1", "--var", "year=2026");
        Assert.Equal(0, folder.Run("instances", "complete", tampered.ToString(), "draft", "--output", """{ "title": "Dự thảo" }""", "--actor", "lan").ExitCode);
        var completedAt = (await folder.ReadAsync(s => s.ReadJournalAsync(tampered))).Single(e => e.Event == "step-completed").Sequence;

        var changed = folder.Tamper("UPDATE journal_entries SET actor = 'mallory' WHERE lower(instance_id) = lower($id) AND sequence = $sequence", tampered, completedAt);
        var output = folder.Run("audit", "verify");

        Assert.Equal(1, changed);
        Assert.Equal(1, output.ExitCode);
        Assert.Equal([(untouched, (long?)null), (tampered, completedAt)], Verdicts(output.Stdout));
    }

    [Fact]
    public void AuditVerify_DataChangedInTheFile_NamesThatEntry()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");

        Assert.Equal(1, folder.Tamper("UPDATE journal_entries SET data_json = '{\"variables\":{\"year\":2020}}' WHERE lower(instance_id) = lower($id) AND sequence = $sequence", id, 1));
        var output = folder.Run("audit", "verify");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([(id, (long?)1)], Verdicts(output.Stdout));
    }

    [Fact]
    public async Task AuditVerify_LastEntryDeleted_ExitsOneNamingTheMissingEntry()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        var length = (await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.JournalLength;

        Assert.Equal(1, folder.Tamper("DELETE FROM journal_entries WHERE lower(instance_id) = lower($id) AND sequence = $sequence", id, length));
        var output = folder.Run("audit", "verify");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([(id, (long?)length)], Verdicts(output.Stdout));
    }

    [Fact]
    public void AuditVerify_NeedsNoDefinitionsFolder()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.timed@1");

        var output = CliRun.Invoke("audit", "verify", "--db", folder.Database);

        Assert.Equal(0, output.ExitCode);
    }

    /// <summary>Per instance line: its id and the entry where its chain breaks (<c>null</c> when ok).</summary>
    private static List<(Guid Instance, long? Entry)> Verdicts(string stdout) =>
        [.. Verdict().Matches(stdout).Select(m => (
            Guid.Parse(m.Groups["id"].Value),
            m.Groups["entry"].Success ? long.Parse(m.Groups["entry"].Value, System.Globalization.CultureInfo.InvariantCulture) : (long?)null))];

    [GeneratedRegex(@"(?m)^instance (?<id>[0-9a-f-]{36}): CE\d{4} (?:ok\b|\w+ at entry (?<entry>\d+):)")]
    private static partial Regex Verdict();
}

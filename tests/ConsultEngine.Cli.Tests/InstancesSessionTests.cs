using ConsultEngine.Runtime;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Cli.Tests;

/// <summary>A consultation driven end to end through the CLI on the repository's standard definition and a SQLite file.</summary>
public sealed class InstancesSessionTests
{
    private const string FirstStep = "collect-issues-activity-plan";
    private const string ValidCandidates = """{"candidates":[{"title":"Phí trông giữ xe","description":"Mức phí trông giữ xe tại chợ","source":"activity-plan"}]}""";
    private const string CandidatesMissingFields = """{"candidates":[{"title":""}]}""";

    [Fact]
    public async Task StartListShowCompleteShow_RunsTheConsultationAndRefusesABadOutputWithoutStoringIt()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var id = folder.Start("hdnd.standard@1", "--var", "province=Đà Nẵng", "--var", "year=2026", "--actor", "lan");

        var list = folder.Run("instances", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Equal([id], InstanceStoreFolder.LeadingIds(list.Stdout));

        var show = folder.Run("instances", "show", id.ToString());
        Assert.Equal(0, show.ExitCode);
        Assert.Contains(FirstStep, show.Stdout, StringComparison.Ordinal);

        var before = await folder.ReadAsync(s => s.FindInstanceAsync(id));
        var refused = folder.Run("instances", "complete", id.ToString(), FirstStep, "--output", CandidatesMissingFields, "--actor", "lan");
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal([RuntimeCodes.OutputInvalid], InstanceStoreFolder.ErrorCodes(refused.Stderr));
        var afterRefusal = await folder.ReadAsync(s => s.FindInstanceAsync(id));
        Assert.Equal(before!.Revision, afterRefusal!.Revision);
        Assert.Equal(before.JournalLength, afterRefusal.JournalLength);

        var completed = folder.Run("instances", "complete", id.ToString(), FirstStep, "--output", ValidCandidates, "--actor", "lan");
        Assert.Equal(0, completed.ExitCode);
        Assert.Equal(id, Guid.Parse(completed.Stdout.Split('\n')[1].Trim()));

        var shown = folder.Run("instances", "show", id.ToString(), "--journal");
        Assert.Equal(0, shown.ExitCode);
        var steps = await folder.ReadAsync(s => s.LoadAllStepsAsync(id));
        var first = Assert.Single(steps, s => s.StepId == FirstStep);
        Assert.Equal(StepStatus.Completed, first.Status);
        Assert.Equal("lan", first.Actor);
        var journal = await folder.ReadAsync(s => s.ReadJournalAsync(id));
        Assert.Equal(journal.Count, JournalLines(shown.Stdout));
    }

    [Fact]
    public async Task Show_WithJournal_PrintsOneLinePerEntry()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = folder.Start("hdnd.standard@1", "--var", "province=Huế", "--var", "year=2026");

        var withJournal = folder.Run("instances", "show", id.ToString(), "--journal");
        var without = folder.Run("instances", "show", id.ToString());

        var journal = await folder.ReadAsync(s => s.ReadJournalAsync(id));
        Assert.Equal(journal.Count, JournalLines(withJournal.Stdout));
        Assert.Equal(0, JournalLines(without.Stdout));
    }

    [Fact]
    public async Task Show_WaitingSteps_AreTheStepsTheStoreHasWaiting()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = folder.Start("hdnd.standard@1", "--var", "province=Huế", "--var", "year=2026");

        var output = folder.Run("instances", "show", id.ToString());

        Assert.Equal(0, output.ExitCode);
        var waiting = (await folder.ReadAsync(s => s.ListBookmarksAsync(id))).Select(b => b.StepId).ToList();
        Assert.NotEmpty(waiting);
        var waitingSection = output.Stdout[output.Stdout.IndexOf("waiting on:", StringComparison.Ordinal)..];
        Assert.All(waiting, step => Assert.Contains(step, waitingSection, StringComparison.Ordinal));
    }

    [Fact]
    public void Show_UnknownInstance_ExitsOneWithCE8002()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        folder.Start("hdnd.standard@1", "--var", "province=Huế", "--var", "year=2026");

        var output = folder.Run("instances", "show", Guid.NewGuid().ToString());

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.InstanceNotFound], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public void Show_MalformedId_ExitsTwo()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        folder.Start("hdnd.standard@1", "--var", "province=Huế", "--var", "year=2026");

        var output = folder.Run("instances", "show", "not-an-id");

        Assert.Equal(2, output.ExitCode);
    }

    private static int JournalLines(string stdout) =>
        stdout.Split('\n').Count(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\s+\d+ \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z [a-z-]+"));
}

using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Cli.Tests;

/// <summary>Migration between the fixture pair: version 2 of <c>test.review</c> renames <c>approve</c> to <c>sign-off</c> and adds <c>check</c>.</summary>
public sealed class InstancesMigrateCommandTests
{
    [Fact]
    public async Task Migrate_DryRunWithMap_PrintsThePlanAndChangesNothing()
    {
        using var folder = WaitingOnApproval(out var id);
        var before = await folder.ReadAsync(s => s.FindInstanceAsync(id));

        var output = folder.Run("instances", "migrate", id.ToString(), "--to", "2", "--map", "approve=sign-off", "--dry-run");

        Assert.Equal(0, output.ExitCode);
        Assert.Empty(InstanceStoreFolder.ErrorCodes(output.Stderr));
        Assert.Contains(PlanRows(output.Stdout), r => r == ("moved", "approve", "sign-off"));
        Assert.Contains(PlanRows(output.Stdout), r => r == ("added", "-", "check"));
        var after = await folder.ReadAsync(s => s.FindInstanceAsync(id));
        Assert.Equal((1, before!.Revision), (after!.DefinitionVersion, after.Revision));
    }

    [Fact]
    public void Migrate_DryRunLeavingAWaitingStepBehind_ExitsOneWithCE8014()
    {
        using var folder = WaitingOnApproval(out var id);

        var output = folder.Run("instances", "migrate", id.ToString(), "--to", "2", "--dry-run");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.MigrationStepUnknown], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public async Task Migrate_WithMap_MovesTheInstanceToTheNewVersion()
    {
        using var folder = WaitingOnApproval(out var id);

        var output = folder.Run("instances", "migrate", id.ToString(), "--to", "2", "--map", "approve=sign-off", "--actor", "admin");

        Assert.Equal(0, output.ExitCode);
        Assert.Equal(2, (await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.DefinitionVersion);
        var steps = await folder.ReadAsync(s => s.LoadAllStepsAsync(id));
        Assert.Contains(steps, s => s.StepId == "sign-off" && s.Status == StepStatus.Waiting);
        Assert.DoesNotContain(steps, s => s.StepId == "approve");
        var journal = await folder.ReadAsync(s => s.ReadJournalAsync(id));
        Assert.Contains(journal, e => e.Event == JournalEvents.InstanceMigrated && e.Actor == "admin");
    }

    [Fact]
    public async Task Migrate_ApplyWithProblems_ExitsOneWithCE8014AndStaysOnItsVersion()
    {
        using var folder = WaitingOnApproval(out var id);

        var output = folder.Run("instances", "migrate", id.ToString(), "--to", "2");

        Assert.Equal(1, output.ExitCode);
        Assert.Contains(RuntimeCodes.MigrationStepUnknown, InstanceStoreFolder.ErrorCodes(output.Stderr));
        Assert.Equal(1, (await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.DefinitionVersion);
    }

    [Fact]
    public void Migrate_MapNamingAStepNeitherVersionHas_ExitsOneWithCE8014()
    {
        using var folder = WaitingOnApproval(out var id);

        var output = folder.Run("instances", "migrate", id.ToString(), "--to", "2", "--map", "approve=sign-off", "--map", "nothing=sign-off", "--dry-run");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.MigrationStepUnknown], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public void Migrate_ToAVersionThatDoesNotExist_ExitsOneWithCE8010()
    {
        using var folder = WaitingOnApproval(out var id);

        var output = folder.Run("instances", "migrate", id.ToString(), "--to", "7", "--dry-run");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.DefinitionNotAvailable], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Theory]
    [InlineData("--map", "approve=sign-off")]
    [InlineData("--to", "0")]
    [InlineData("--to", "two")]
    [InlineData("--to", "2", "--map", "approve")]
    public void Migrate_BadUsage_ExitsTwo(params string[] args)
    {
        using var folder = WaitingOnApproval(out var id);

        var output = folder.Run(["instances", "migrate", id.ToString(), .. args]);

        Assert.Equal(2, output.ExitCode);
    }

    /// <summary>A <c>test.review@1</c> instance whose draft is done and whose <c>approve</c> step waits.</summary>
    private static InstanceStoreFolder WaitingOnApproval(out Guid id)
    {
        var folder = InstanceStoreFolder.OnFixtures();
        id = folder.Start("test.review@1", "--var", "year=2026");
        Assert.Equal(0, folder.Run("instances", "complete", id.ToString(), "draft", "--output", """{ "title": "Dự thảo" }""").ExitCode);
        return folder;
    }

    /// <summary>The plan's rows as (kind, from, to).</summary>
    private static List<(string Kind, string From, string To)> PlanRows(string stdout) =>
        [.. stdout.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length >= 4 && cells[2] == "->")
            .Select(cells => (cells[0], cells[1], cells[3]))];
}

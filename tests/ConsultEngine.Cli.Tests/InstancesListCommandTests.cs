namespace ConsultEngine.Cli.Tests;

public sealed class InstancesListCommandTests
{
    [Fact]
    public void List_TwoInstances_PrintsARowForEach()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var first = folder.Start("test.review@1", "--var", "year=2026");
        var second = folder.Start("test.timed@1");

        var output = folder.Run("instances", "list");

        Assert.Equal(0, output.ExitCode);
        Assert.Equal([first, second], InstanceStoreFolder.LeadingIds(output.Stdout));
    }

    [Fact]
    public void List_ByStatus_KeepsOnlyThatStatus()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var running = folder.Start("test.review@1", "--var", "year=2026");

        var runningRows = folder.Run("instances", "list", "--status", "running");
        var completedRows = folder.Run("instances", "list", "--status", "completed");

        Assert.Equal([running], InstanceStoreFolder.LeadingIds(runningRows.Stdout));
        Assert.Equal(0, completedRows.ExitCode);
        Assert.Empty(InstanceStoreFolder.LeadingIds(completedRows.Stdout));
    }

    [Fact]
    public void List_UnknownStatus_ExitsTwo()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.timed@1");

        var output = folder.Run("instances", "list", "--status", "done");

        Assert.Equal(2, output.ExitCode);
    }

    [Theory]
    [InlineData("instances", "list")]
    [InlineData("instances", "show", "01a21e61-93da-70ff-acb4-015bef024c09")]
    [InlineData("instances", "tick")]
    [InlineData("audit", "verify")]
    public void Command_DatabaseThatDoesNotExist_ExitsTwoAndDoesNotCreateIt(params string[] args)
    {
        using var folder = InstanceStoreFolder.OnFixtures();

        var output = folder.Run(args);

        Assert.Equal(2, output.ExitCode);
        Assert.False(File.Exists(folder.Database));
    }
}

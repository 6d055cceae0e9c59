using ConsultEngine.Hosting.Demo;

namespace ConsultEngine.Cli.Tests;

/// <summary>
/// <c>consult demo</c>'s refusals. The example itself needs the four standard tool plugins, which
/// this project's plugins folder does not hold; it is tested end to end in the acceptance tests.
/// </summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_OnADatabaseWithAConsultation_IsRefusedWithCE8801_AndAddsNothing()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        folder.Start("hdnd.standard@1", "--var", "province=Nghệ An", "--var", "year=2026");

        var run = folder.Run("demo");

        Assert.Equal(ConsultCli.ProblemsFound, run.ExitCode);
        Assert.Equal([DemoCodes.DatabaseNotEmpty], InstanceStoreFolder.ErrorCodes(run.Stderr));
        Assert.Empty(run.Stdout);
        Assert.Single(InstanceStoreFolder.LeadingIds(folder.Run("instances", "list").Stdout));
    }

    [Fact]
    public void Demo_WithoutTheStandardToolPlugins_IsRefusedWithCE8802_NamingTheMissingTools()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var run = folder.Run("demo", "--small");

        Assert.Equal(ConsultCli.ProblemsFound, run.ExitCode);
        Assert.Equal([DemoCodes.ToolMissing], InstanceStoreFolder.ErrorCodes(run.Stderr));
        Assert.Contains("survey", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_ANamedPluginsFolderThatDoesNotExist_IsBadUsage()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var run = folder.Run("demo", "--plugins", Path.Combine(folder.Folder, "no-such-folder"));

        Assert.Equal(ConsultCli.BadUsage, run.ExitCode);
    }
}

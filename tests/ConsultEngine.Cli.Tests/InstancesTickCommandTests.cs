using System.Globalization;
using System.Text.RegularExpressions;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Cli.Tests;

public sealed partial class InstancesTickCommandTests
{
    [Fact]
    public async Task Tick_WaitAlreadyDue_FiresItAndTheInstanceMovesOn()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.timed@1");

        var output = folder.Run("instances", "tick");

        Assert.Equal(0, output.ExitCode);
        Assert.Equal(1, Fired(output.Stdout));
        var steps = await folder.ReadAsync(s => s.LoadAllStepsAsync(id));
        Assert.Contains(steps, s => s.StepId == "pause" && s.Status == StepStatus.Completed);
        Assert.Contains(steps, s => s.StepId == "close" && s.Status == StepStatus.Waiting);
    }

    [Fact]
    public void Tick_Twice_FiresEachTimerOnce()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.timed@1");

        var first = folder.Run("instances", "tick");
        var second = folder.Run("instances", "tick");

        Assert.Equal((1, 0), (Fired(first.Stdout), Fired(second.Stdout)));
    }

    [Fact]
    public void Tick_NothingDue_FiresNone()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.review@1", "--var", "year=2026");

        var output = folder.Run("instances", "tick");

        Assert.Equal(0, output.ExitCode);
        Assert.Equal(0, Fired(output.Stdout));
    }

    private static int Fired(string stdout) => int.Parse(FiredCount().Match(stdout).Groups["count"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"fired (?<count>\d+)")]
    private static partial Regex FiredCount();
}

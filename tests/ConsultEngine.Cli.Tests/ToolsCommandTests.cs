namespace ConsultEngine.Cli.Tests;

/// <summary>
/// <c>consult tools</c> on the standard definition. The command line loads no tool plugin yet, so a
/// tool step answers CE9101; the rest of the lifecycle is covered by ConsultEngine.Tools.Tests.
/// </summary>
public sealed class ToolsCommandTests
{
    private const string Variables = "province=Nghệ An";

    [Fact]
    public void Submit_ToAToolStepWithNoToolLoaded_PrintsCE9101_AndExits1()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = folder.Start("hdnd.standard@1", "--var", Variables, "--var", "year=2026");

        var output = folder.Run("tools", "submit", id.ToString(), "narrow-consultation", "--answers", """{ "stance": "agree" }""", "--channel", "paper");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal(["CE9101"], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public void Submit_ToAStepThatIsNotAToolStep_PrintsCE9102()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = folder.Start("hdnd.standard@1", "--var", Variables, "--var", "year=2026");

        var output = folder.Run("tools", "submit", id.ToString(), "collect-issues-activity-plan", "--answers", "{}");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal(["CE9102"], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Theory]
    [InlineData("submit", "--answers", "{ not json")]
    [InlineData("submit", "--channel", "fax")]
    [InlineData("action", "--payload", "[")]
    public void MalformedOptions_AreBadUsage(string command, string option, string value)
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        string[] args = command == "action"
            ? ["tools", command, Guid.NewGuid().ToString(), "step", "register", option, value]
            : ["tools", command, Guid.NewGuid().ToString(), "step", option, value];

        Assert.Equal(2, folder.Run(args).ExitCode);
    }

    [Fact]
    public void Close_OfAnUnknownInstance_PrintsTheEnginesCE8002()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        folder.Start("hdnd.standard@1", "--var", Variables, "--var", "year=2026");

        var output = folder.Run("tools", "close", Guid.NewGuid().ToString(), "narrow-consultation");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal(["CE8002"], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }
}

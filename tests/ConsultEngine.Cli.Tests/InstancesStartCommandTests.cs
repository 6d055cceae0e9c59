using System.Text.Json.Nodes;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Cli.Tests;

public sealed class InstancesStartCommandTests
{
    [Fact]
    public async Task Start_StandardDefinition_StoresARunningInstanceWaitingOnItsFirstSteps()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var id = folder.Start("hdnd.standard@1", "--var", "province=Đà Nẵng", "--var", "year=2026", "--title", "Tham vấn phí trông giữ xe");

        var instance = await folder.ReadAsync(s => s.FindInstanceAsync(id));
        Assert.NotNull(instance);
        Assert.Equal(("hdnd.standard", 1, InstanceStatus.Running), (instance.DefinitionId, instance.DefinitionVersion, instance.Status));
        Assert.Equal("Tham vấn phí trông giữ xe", instance.Title);
        var waiting = await folder.ReadAsync(s => s.ListBookmarksAsync(id));
        Assert.Contains(waiting, b => b.StepId == "collect-issues-activity-plan");
    }

    [Fact]
    public async Task Start_VarValues_AreJsonWhenTheyReadAsJsonElseText()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var id = folder.Start("hdnd.standard@1", "--var", "province=Đà Nẵng", "--var", "year=2026", "--var", "budgetVnd=1.5e9", "--var", "issueTitle=2026 budget");

        var variables = JsonNode.Parse((await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.VariablesJson)!.AsObject();
        Assert.Equal(2026, variables["year"]!.GetValue<int>());
        Assert.Equal(1.5e9, variables["budgetVnd"]!.GetValue<double>());
        Assert.Equal("Đà Nẵng", variables["province"]!.GetValue<string>());
        Assert.Equal("2026 budget", variables["issueTitle"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_VariablesFile_IsOverriddenByVar()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var file = Path.Combine(folder.Folder, "variables.json");
        await File.WriteAllTextAsync(file, """{ "province": "Lào Cai", "year": 2025 }""");

        var id = folder.Start("hdnd.standard@1", "--variables", file, "--var", "year=2026");

        var variables = JsonNode.Parse((await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.VariablesJson)!.AsObject();
        Assert.Equal("Lào Cai", variables["province"]!.GetValue<string>());
        Assert.Equal(2026, variables["year"]!.GetValue<int>());
    }

    [Fact]
    public async Task Start_Actor_IsRecordedAsWhoStartedIt()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var id = folder.Start("hdnd.standard@1", "--var", "province=Huế", "--var", "year=2026", "--actor", "lan");

        var journal = await folder.ReadAsync(s => s.ReadJournalAsync(id));
        Assert.Equal((JournalEvents.InstanceStarted, "lan"), (journal[0].Event, journal[0].Actor));
    }

    [Fact]
    public async Task Start_ProvinceOverlay_RunsResolved()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var id = folder.Start("hdnd.da-nang@1", "--var", "province=Đà Nẵng", "--var", "year=2026");

        Assert.Equal("hdnd.da-nang", (await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.DefinitionId);
    }

    [Fact]
    public async Task Start_MissingRequiredVariables_ExitsOneWithCE8013AndStoresNothing()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var output = folder.Run("instances", "start", "hdnd.standard@1", "--var", "province=Huế");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.VariablesInvalid], InstanceStoreFolder.ErrorCodes(output.Stderr));
        Assert.Empty(await folder.ReadAsync(s => s.ListInstancesAsync()));
    }

    [Fact]
    public void Start_UnknownDefinitionVersion_ExitsOneWithCE8010()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var output = folder.Run("instances", "start", "hdnd.standard@9", "--var", "province=Huế", "--var", "year=2026");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.DefinitionNotAvailable], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Theory]
    [InlineData("--var", "year")]
    [InlineData("--var", "=2026")]
    [InlineData("--var")]
    public void Start_MalformedVar_ExitsTwoAndCreatesNoDatabase(params string[] var)
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var output = folder.Run(["instances", "start", "hdnd.standard@1", .. var]);

        Assert.Equal(2, output.ExitCode);
        Assert.False(File.Exists(folder.Database));
    }

    [Theory]
    [InlineData("hdnd.standard")]
    [InlineData("hdnd.standard@")]
    [InlineData("hdnd.standard@0")]
    [InlineData("@1")]
    public void Start_MalformedDefinitionVersion_ExitsTwo(string definition)
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var output = folder.Run("instances", "start", definition);

        Assert.Equal(2, output.ExitCode);
    }

    [Theory]
    [InlineData("""[1, 2]""")]
    [InlineData("""{ "year": """)]
    public void Start_VariablesFileNotAJsonObject_ExitsTwo(string content)
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var file = Path.Combine(folder.Folder, "variables.json");
        File.WriteAllText(file, content);

        var output = folder.Run("instances", "start", "hdnd.standard@1", "--variables", file);

        Assert.Equal(2, output.ExitCode);
    }

    [Fact]
    public void Start_MissingDefinitionsFolder_ExitsTwo()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();

        var output = CliRun.Invoke("instances", "start", "hdnd.standard@1", "--db", folder.Database, "--definitions", Path.Combine(folder.Folder, "no-such-folder"));

        Assert.Equal(2, output.ExitCode);
        Assert.False(File.Exists(folder.Database));
    }
}

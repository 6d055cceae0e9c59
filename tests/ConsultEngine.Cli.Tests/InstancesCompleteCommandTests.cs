using ConsultEngine.Runtime;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Cli.Tests;

public sealed class InstancesCompleteCommandTests
{
    private const string GoodDraft = """{ "title": "Dự thảo nghị quyết" }""";

    [Fact]
    public async Task Complete_ValidOutput_CompletesTheStepAsTheActor()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");

        var output = folder.Run("instances", "complete", id.ToString(), "draft", "--output", GoodDraft, "--actor", "lan");

        Assert.Equal(0, output.ExitCode);
        var steps = await folder.ReadAsync(s => s.LoadAllStepsAsync(id));
        var draft = Assert.Single(steps, s => s.StepId == "draft");
        Assert.Equal((StepStatus.Completed, "lan"), (draft.Status, draft.Actor));
        Assert.Contains(steps, s => s.StepId == "approve" && s.Status == StepStatus.Waiting);
    }

    [Fact]
    public async Task Complete_OutputFile_IsTheOutput()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        var file = Path.Combine(folder.Folder, "draft.json");
        await File.WriteAllTextAsync(file, GoodDraft);

        var output = folder.Run("instances", "complete", id.ToString(), "draft", "--output-file", file);

        Assert.Equal(0, output.ExitCode);
        var draft = Assert.Single(await folder.ReadAsync(s => s.LoadAllStepsAsync(id)), s => s.StepId == "draft");
        Assert.Equal("Dự thảo nghị quyết", System.Text.Json.Nodes.JsonNode.Parse(draft.OutputJson!)!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Complete_OutputTheFormRefuses_ExitsOneWithCE8008AndStoresNothing()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        var before = await folder.ReadAsync(s => s.FindInstanceAsync(id));

        var output = folder.Run("instances", "complete", id.ToString(), "draft", "--output", """{ "title": "x" }""");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.OutputInvalid], InstanceStoreFolder.ErrorCodes(output.Stderr));
        var after = await folder.ReadAsync(s => s.FindInstanceAsync(id));
        Assert.Equal((before!.Revision, before.JournalLength), (after!.Revision, after.JournalLength));
        Assert.Equal(StepStatus.Waiting, Assert.Single(await folder.ReadAsync(s => s.LoadAllStepsAsync(id)), s => s.StepId == "draft").Status);
    }

    [Fact]
    public void Complete_OutputTheChecksRefuse_ExitsOneWithCE8009()
    {
        using var folder = InstanceStoreFolder.OnRepositoryDefinitions();
        var id = folder.Start("hdnd.standard@1", "--var", "province=Huế", "--var", "year=2026");

        var output = folder.Run("instances", "complete", id.ToString(), "collect-issues-activity-plan",
            "--output", """{"candidates":[{"title":"Giá vé xe buýt","description":"Theo phản ánh của báo chí","source":"mass-media"}]}""");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.ChecksFailed], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Theory]
    [InlineData(null, RuntimeCodes.OutcomeRequired)]
    [InlineData("maybe", RuntimeCodes.UnknownOutcome)]
    public void Complete_DecisionWithoutAKnownOutcome_ExitsOneWithItsCode(string? outcome, string code)
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        folder.Run("instances", "complete", id.ToString(), "draft", "--output", GoodDraft);

        var output = folder.Run(["instances", "complete", id.ToString(), "approve", .. outcome is null ? Array.Empty<string>() : ["--outcome", outcome]]);

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([code], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public async Task Complete_WithOutcome_TakesItsRoute()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        folder.Run("instances", "complete", id.ToString(), "draft", "--output", GoodDraft);

        var output = folder.Run("instances", "complete", id.ToString(), "approve", "--outcome", "revise");

        Assert.Equal(0, output.ExitCode);
        var draft = Assert.Single(await folder.ReadAsync(s => s.LoadAllStepsAsync(id)), s => s.StepId == "draft");
        Assert.Equal((StepStatus.Waiting, 2), (draft.Status, draft.Iteration));
    }

    [Fact]
    public void Complete_StepNotWaiting_ExitsOneWithCE8004()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");

        var output = folder.Run("instances", "complete", id.ToString(), "approve", "--outcome", "approved");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.StepNotWaiting], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public void Complete_UnknownStep_ExitsOneWithCE8003()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");

        var output = folder.Run("instances", "complete", id.ToString(), "no-such-step");

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.StepNotFound], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Fact]
    public void Complete_UnknownInstance_ExitsOneWithCE8002()
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        folder.Start("test.review@1", "--var", "year=2026");

        var output = folder.Run("instances", "complete", Guid.NewGuid().ToString(), "draft", "--output", GoodDraft);

        Assert.Equal(1, output.ExitCode);
        Assert.Equal([RuntimeCodes.InstanceNotFound], InstanceStoreFolder.ErrorCodes(output.Stderr));
    }

    [Theory]
    [InlineData("--output", "{ not json")]
    [InlineData("--output", """{ "title": "Dự thảo" }""", "--output-file", "draft.json")]
    [InlineData("--output-file", "no-such-file.json")]
    public async Task Complete_BadOutputArguments_ExitTwoAndStoreNothing(params string[] args)
    {
        using var folder = InstanceStoreFolder.OnFixtures();
        var id = folder.Start("test.review@1", "--var", "year=2026");
        await File.WriteAllTextAsync(Path.Combine(folder.Folder, "draft.json"), GoodDraft);
        var before = await folder.ReadAsync(s => s.FindInstanceAsync(id));

        var output = folder.Run(["instances", "complete", id.ToString(), "draft", .. args.Select(a => a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(folder.Folder, a) : a)]);

        Assert.Equal(2, output.ExitCode);
        Assert.Equal(before!.Revision, (await folder.ReadAsync(s => s.FindInstanceAsync(id)))!.Revision);
    }
}

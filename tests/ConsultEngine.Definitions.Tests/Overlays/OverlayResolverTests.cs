using System.Text.Json;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Model.Patches;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Tests.Overlays;

public sealed class OverlayResolverTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryFiles.Root, "tests", "ConsultEngine.Definitions.Tests", "Overlays", "Fixtures");

    private static ProcessDefinition Base(int version) => DefinitionJson.DeserializeDefinition(File.ReadAllText(Path.Combine(Fixtures, $"base.v{version}.json")));

    private static ProcessOverlay Province() => DefinitionJson.DeserializeOverlay(File.ReadAllText(Path.Combine(Fixtures, "province.json")));

    private static ProcessOverlay Overlay(params OverlayPatch[] patches) => new()
    {
        Id = "hdnd.mini-test",
        Version = 1,
        Title = LocalizedText.Of("Thử", "Test"),
        Extends = new DefinitionReference { Id = "hdnd.mini", Version = 1 },
        Patches = patches,
    };

    private static StepDefinition Step(ProcessDefinition definition, string id) => definition.AllSteps().Single(s => s.Id == id);

    [Fact]
    public void Resolve_ProvinceOverlay_AppliesEveryPatchInOrder()
    {
        var resolution = OverlayResolver.Resolve(Province(), Base(1));

        Assert.True(resolution.Succeeded, string.Join(Environment.NewLine, resolution.Diagnostics));
        var resolved = resolution.Definition!;
        Assert.Equal("hdnd.mini-province", resolved.Id);
        Assert.Equal(["notify-citizens", "pilot-test", "adjust-tools", "hearing", "hearing-round-2", "poll", "review"], resolved.Phases[0].Steps.Select(s => s.Id));
        Assert.Equal(["hearing-round-2", "poll"], Step(resolved, "review").After);
        Assert.Equal("P14D", Step(resolved, "review").Due);
        Assert.True(Step(resolved, "poll").Config!.Value.GetProperty("allowVoteChange").GetBoolean());
        Assert.Equal("phone", Step(resolved, "poll").Config!.Value.GetProperty("verification").GetString());
        Assert.Equal("true", resolved.Rules["needsReview"]);
        Assert.Contains(resolved.Roles, r => r.Id == "commune-office");
        Assert.Equal("Thử trên hai xã", Step(resolved, "pilot-test").Description!.Vi);
    }

    [Fact]
    public void Resolve_ProvinceOverlay_ResolvedDefinitionIsValid()
    {
        var resolved = OverlayResolver.Resolve(Province(), Base(1)).Definition!;

        var diagnostics = new DefinitionValidator(StandardToolTypes.CreateRegistry()).Validate(resolved);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Resolve_DoesNotChangeTheBaseDefinition()
    {
        var baseDefinition = Base(1);
        var before = DefinitionJson.Serialize(baseDefinition);

        _ = OverlayResolver.Resolve(Province(), baseDefinition);

        Assert.Equal(before, DefinitionJson.Serialize(baseDefinition));
    }

    [Fact]
    public void Rebase_OntoVersionThatRenamedTheAnchor_ReportsExactlyThePatchesThatNoLongerApply()
    {
        var resolution = OverlayResolver.Resolve(Province(), Base(2));

        Assert.False(resolution.Succeeded);
        var failure = Assert.Single(resolution.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.PatchUnknownStep.Code, failure.Code);
        Assert.Equal("/patches/5/step", failure.Path);
    }

    [Fact]
    public void RemoveStep_DependentsWaitForWhatTheRemovedStepWaitedFor()
    {
        var resolution = OverlayResolver.Resolve(Overlay(new RemoveStepPatch { Step = "hearing" }), Base(1));

        Assert.True(resolution.Succeeded);
        Assert.Equal(["pilot-test", "poll"], Step(resolution.Definition!, "review").After);
    }

    [Fact]
    public void RemoveStep_ImplicitSuccessorTakesOverAnExplicitAfter()
    {
        var patches = new OverlayPatch[] { new RemoveStepPatch { Step = "review" }, new RemoveStepPatch { Step = "poll" } };

        var resolution = OverlayResolver.Resolve(Overlay(patches), Base(1));

        Assert.True(resolution.Succeeded);
        Assert.Equal(["notify-citizens", "pilot-test", "adjust-tools", "hearing"], resolution.Definition!.Phases[0].Steps.Select(s => s.Id));
    }

    [Fact]
    public void RemoveStep_TargetOfARoute_IsRefused()
    {
        var resolution = OverlayResolver.Resolve(Overlay(new RemoveStepPatch { Step = "adjust-tools" }), Base(1));

        Assert.Equal([DiagnosticCodes.PatchLeavesDanglingRoute.Code], resolution.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void EveryFailingPatchIsReported_NotOnlyTheFirst()
    {
        using var set = JsonDocument.Parse("""{ "id": "renamed" }""");
        var patches = new OverlayPatch[]
        {
            new AddRulePatch { Rule = "needsReview", Source = "false" },
            new ReplaceRulePatch { Rule = "missing", Source = "false" },
            new AddRolePatch { Role = new RoleDefinition { Id = "council-office", Title = LocalizedText.Of("x", "x") } },
            new AddStepPatch { Step = new StepDefinition { Id = "x", Type = "task" }, Before = "a", After = "b" },
            new AddStepPatch { Step = new StepDefinition { Id = "poll", Type = "task" }, After = "hearing" },
            new UpdateStepPatch { Step = "poll", Set = set.RootElement.Clone() },
            new SetConfigPatch { Step = "nowhere", Config = set.RootElement.Clone() },
        };

        var resolution = OverlayResolver.Resolve(Overlay(patches), Base(1));

        Assert.Null(resolution.Definition);
        Assert.Equal(
            ["CE6002", "CE6003", "CE6004", "CE6005", "CE6006", "CE6007", "CE6014"],
            resolution.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UpdateStep_UnknownField_IsRefused()
    {
        using var set = JsonDocument.Parse("""{ "colour": "red" }""");

        var resolution = OverlayResolver.Resolve(Overlay(new UpdateStepPatch { Step = "poll", Set = set.RootElement.Clone() }), Base(1));

        Assert.Equal([DiagnosticCodes.PatchInvalidField.Code], resolution.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Validator_OverlayFile_ResolvesAgainstTheCatalog()
    {
        var catalog = new DefinitionCatalog();
        catalog.Add(Base(1));
        catalog.Add(Base(2));

        var result = new DefinitionValidator(StandardToolTypes.CreateRegistry(), catalog).ValidateFile(Path.Combine(Fixtures, "province.json"));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.NotNull(result.Resolved);
        Assert.Same(result.Resolved, result.Runnable);
    }

    [Fact]
    public void Validator_OverlayOfAMissingVersion_ReportsTheVersionsThatExist()
    {
        var catalog = new DefinitionCatalog();
        catalog.Add(Base(2));

        var result = new DefinitionValidator(StandardToolTypes.CreateRegistry(), catalog).ValidateFile(Path.Combine(Fixtures, "province.json"));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BaseDefinitionNotFound.Code, diagnostic.Code);
        Assert.Equal("/extends", diagnostic.Path);
    }
}

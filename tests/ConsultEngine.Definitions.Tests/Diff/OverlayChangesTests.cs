using ConsultEngine.Definitions.Diff;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Model.Patches;
using Snapshooter;
using Snapshooter.Xunit;

namespace ConsultEngine.Definitions.Tests.Diff;

/// <summary>"What this province changed": each overlay in <c>definitions/provinces/</c> against the standard it extends.</summary>
public sealed class OverlayChangesTests
{
    private static readonly Lazy<ProcessDefinition> Standard = new(() => StandardVersion(1));

    /// <summary>The version of the standard an overlay names: v1 overlays and those rebased onto v2 are compared with their own base.</summary>
    private static ProcessDefinition StandardOf(ProcessOverlay overlay) => StandardVersion(overlay.Extends!.Version);

    private static ProcessDefinition StandardVersion(int version) =>
        DefinitionJson.DeserializeDefinition(File.ReadAllText(Path.Combine(RepositoryFiles.Definitions, "standard", $"hdnd.standard.v{version}.json")));

    public static TheoryData<string> Overlays() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Definitions, "provinces"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ProvinceOverlay_AgainstTheStandard_MatchesSnapshot(string file)
    {
        var overlay = DefinitionJson.DeserializeOverlay(File.ReadAllText(Path.Combine(RepositoryFiles.Definitions, "provinces", file)));

        var changes = OverlayChanges.Of(overlay, StandardOf(overlay));

        Assert.True(changes.Resolved);
        Assert.NotEmpty(changes.Changes);
        Assert.DoesNotContain(changes.Changes, c => c.Area == ChangeArea.Definition && c.Field is "id" or "version");
        Snapshot.Match(changes.Changes.Select(c => c.ToString()).ToList(), new SnapshotNameExtension(Path.GetFileNameWithoutExtension(file)));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ProvinceOverlay_EveryAddedOrRemovedStep_IsAttributedToItsPatch(string file)
    {
        var overlay = DefinitionJson.DeserializeOverlay(File.ReadAllText(Path.Combine(RepositoryFiles.Definitions, "provinces", file)));

        var changes = OverlayChanges.Of(overlay, StandardOf(overlay)).Changes;

        foreach (var change in changes.Where(c => c.Area == ChangeArea.Step && c.Kind is ChangeKind.Added or ChangeKind.Removed))
        {
            var patch = overlay.Patches[Assert.IsType<int>(change.Patch)];
            Assert.True(patch is AddStepPatch add && add.Step?.Id == change.Id || patch is RemoveStepPatch remove && remove.Step == change.Id, change.ToString());
        }
    }

    [Fact]
    public void OverlayThatDoesNotApply_HasNoChanges_AndSaysWhy()
    {
        var overlay = new ProcessOverlay
        {
            Id = "hdnd.test",
            Version = 1,
            Extends = new DefinitionReference { Id = "hdnd.standard", Version = 1 },
            Patches = [new RemoveStepPatch { Step = "no-such-step" }],
        };

        var changes = OverlayChanges.Of(overlay, Standard.Value);

        Assert.False(changes.Resolved);
        Assert.Empty(changes.Changes);
        Assert.Contains(changes.Diagnostics, d => d.Code == "CE6002");
    }
}

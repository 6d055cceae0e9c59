using System.Text.Json;
using ConsultEngine.Definitions.Diff;
using ConsultEngine.Definitions.Model;
using Snapshooter.Xunit;

namespace ConsultEngine.Definitions.Tests.Diff;

/// <summary>The diff of two definition versions: one change per element and field, matched by id, in a fixed order.</summary>
public sealed class DefinitionDiffTests
{
    private static readonly Lazy<ProcessDefinition> Standard = new(() =>
        DefinitionJson.DeserializeDefinition(File.ReadAllText(Path.Combine(RepositoryFiles.Definitions, "standard", "hdnd.standard.v1.json"))));

    [Fact]
    public void Compare_SameDefinition_FindsNothing()
    {
        var copy = DefinitionJson.DeserializeDefinition(DefinitionJson.Serialize(Standard.Value));

        Assert.Empty(DefinitionDiff.Compare(Standard.Value, copy));
    }

    [Fact]
    public void Compare_StepFieldChanged_ReportsTheFieldWithBeforeAfterAndPath()
    {
        var v2 = ChangeStep(Standard.Value, "review-contractor-methods", s => s with { Due = "P15D" });

        var change = Assert.Single(DefinitionDiff.Compare(Standard.Value, v2), c => c.Area == ChangeArea.Step);

        Assert.Equal((ChangeKind.Changed, "review-contractor-methods", "due"), (change.Kind, change.Id, change.Field));
        Assert.Equal("\"P15D\"", change.After);
        Assert.Equal(PathOf(v2, "review-contractor-methods") + "/due", change.Path);
    }

    [Fact]
    public void Compare_StepMovedToAnotherPhase_IsOneMoveNotARemovalAndAnAddition()
    {
        var step = Standard.Value.Phases[0].Steps[^1];
        var phases = Standard.Value.Phases.ToList();
        phases[0] = phases[0] with { Steps = [.. phases[0].Steps.Take(phases[0].Steps.Count - 1)] };
        phases[1] = phases[1] with { Steps = [.. phases[1].Steps, step with { After = [] }] };
        var v2 = Standard.Value with { Phases = phases };

        var changes = DefinitionDiff.Compare(Standard.Value, v2).Where(c => c.Id == step.Id).ToList();

        Assert.Contains(changes, c => c is { Kind: ChangeKind.Moved, Field: "phase" } && c.Before == "\"prepare\"" && c.After == "\"carry-out\"");
        Assert.DoesNotContain(changes, c => c.Kind is ChangeKind.Added or ChangeKind.Removed);
    }

    [Fact]
    public void Compare_TwoStepsSwapped_ReportsOnlyOneOfThemAsMoved()
    {
        var phase = Standard.Value.Phases[0];
        var steps = phase.Steps.ToList();
        (steps[1], steps[2]) = (steps[2], steps[1]);
        var v2 = Standard.Value with { Phases = [phase with { Steps = steps }, .. Standard.Value.Phases.Skip(1)] };

        var moves = DefinitionDiff.Compare(Standard.Value, v2).Where(c => c.Kind == ChangeKind.Moved).ToList();

        Assert.Equal("position", Assert.Single(moves).Field);
    }

    [Fact]
    public void Compare_HandMadeVersion2_MatchesSnapshot()
    {
        var v1 = Standard.Value;
        var v2 = HandMadeVersion2(v1);

        var changes = DefinitionDiff.Compare(v1, v2);

        Assert.Equal(changes, DefinitionDiff.Compare(v1, v2)); // deterministic
        Snapshot.Match(changes.Select(c => c.ToString()).ToList());
    }

    /// <summary>A second version as an author would make it: a new title, a longer review, a step added, one removed, a role and a rule changed.</summary>
    internal static ProcessDefinition HandMadeVersion2(ProcessDefinition v1)
    {
        var v2 = ChangeStep(v1, "review-contractor-methods", s => s with { Due = "P15D", Title = LocalizedText.Of("Xem xét phương pháp của đơn vị tư vấn", "Review the contractors' methods") });
        var prepare = v2.Phases[0];
        var added = new StepDefinition { Id = "publish-plan", Type = "notify", Title = LocalizedText.Of("Công bố kế hoạch tham vấn", "Publish the consultation plan") };
        var steps = prepare.Steps.Where(s => s.Id != "choose-data-software").ToList();
        steps.Insert(steps.FindIndex(s => s.Id == "approve-consultation-plan") + 1, added);
        return v2 with
        {
            Version = 2,
            Title = LocalizedText.Of(v1.Title!.Vi!, "Public consultation process (2026 revision)"),
            Roles = [.. v1.Roles.Select(r => r.Id == "executive" ? r with { Title = LocalizedText.Of("UBND tỉnh", "Provincial People's Committee") } : r)],
            Rules = v1.Rules.ToDictionary(r => r.Key, r => r.Key == v1.Rules.Keys.Order(StringComparer.Ordinal).First() ? "false" : r.Value),
            Phases = [prepare with { Steps = steps }, .. v2.Phases.Skip(1)],
        };
    }

    internal static ProcessDefinition ChangeStep(ProcessDefinition definition, string stepId, Func<StepDefinition, StepDefinition> change) => definition with
    {
        Phases = [.. definition.Phases.Select(p => p with { Steps = [.. p.Steps.Select(s => s.Id == stepId ? change(s) : s)] })],
    };

    private static string PathOf(ProcessDefinition definition, string stepId)
    {
        for (var p = 0; p < definition.Phases.Count; p++)
        {
            for (var s = 0; s < definition.Phases[p].Steps.Count; s++)
            {
                if (definition.Phases[p].Steps[s].Id == stepId)
                {
                    return $"/phases/{p}/steps/{s}";
                }
            }
        }

        throw new ArgumentException(stepId, nameof(stepId));
    }

    [Fact]
    public void Compare_ValuesAreJsonText_ThatParses()
    {
        var changes = DefinitionDiff.Compare(Standard.Value, HandMadeVersion2(Standard.Value));

        Assert.All(changes.SelectMany(c => new[] { c.Before, c.After }).OfType<string>(), text => JsonDocument.Parse(text).Dispose());
    }
}

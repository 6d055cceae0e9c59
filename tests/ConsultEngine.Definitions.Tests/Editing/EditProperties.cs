using ConsultEngine.Definitions.Editing;
using ConsultEngine.Definitions.Model;
using FsCheck.Xunit;

namespace ConsultEngine.Definitions.Tests.Editing;

/// <summary>Invariants of editing, checked on random sequences of edits of the standard definition.</summary>
public sealed class EditProperties
{
    private static readonly ProcessDefinition Start = Standard.Definition();
    private static readonly string StartJson = DefinitionJson.Serialize(Start);

    [Property(MaxTest = 150)]
    public void EveryEdit_RoundTripsThroughDefinitionJson_AndUndoingAllRestoresTheOriginal(int seed)
    {
        var random = new Random(seed);
        var editor = new DefinitionEditor(Start, Standard.StepTypes);
        for (var i = 0; i < random.Next(1, 25); i++)
        {
            var result = editor.Apply(RandomCommand(editor.Current, random));

            var json = editor.ToJson();
            Assert.Equal(json, DefinitionJson.Serialize(DefinitionJson.DeserializeDefinition(json)));
            Assert.Equal(json, DefinitionJson.Serialize(editor.Current));
            if (!result.Succeeded)
            {
                Assert.Matches(@"^CE\d{4}$", result.Error!.Code);
            }
        }

        var final = editor.ToJson();
        while (editor.Undo())
        {
        }

        Assert.Equal(StartJson, editor.ToJson());
        while (editor.Redo())
        {
        }

        Assert.Equal(final, editor.ToJson());
    }

    [Property(MaxTest = 150)]
    public void RefusedEdits_LeaveTheDefinitionUntouched(int seed)
    {
        var random = new Random(seed);
        var definition = Start;
        for (var i = 0; i < 20; i++)
        {
            var result = RandomCommand(definition, random).ApplyTo(definition, Standard.StepTypes);
            if (!result.Succeeded)
            {
                Assert.Same(definition, result.Definition);
            }

            definition = result.Definition;
        }
    }

    internal static EditCommand RandomCommand(ProcessDefinition definition, Random random)
    {
        var steps = definition.AllSteps().Select(s => s.Id).ToArray();
        var phases = definition.Phases.Select(p => p.Id).ToArray();
        string AnyStep() => random.Next(20) == 0 ? "ghost" : steps[random.Next(steps.Length)];
        string AnyPhase() => phases[random.Next(phases.Length)];
        var kind = random.Next(2) == 0 ? ConnectionKind.Dependency : ConnectionKind.Route;
        return random.Next(9) switch
        {
            0 => new AddStep(AnyPhase(), random.Next(3) == 0 ? "tool:online-poll@1" : "task", LocalizedText.Of("Bước mới", "New step"), Role: "council-office"),
            1 => new RemoveStep(AnyStep()),
            2 => new MoveStep(AnyStep(), AnyPhase(), random.Next(-1, 8)),
            3 => new Connect(AnyStep(), AnyStep(), kind),
            4 => new Disconnect(AnyStep(), AnyStep(), kind),
            5 => new SetStepField(AnyStep(), random.Next(3) switch { 0 => "/title/en", 1 => "/due", _ => "/config/x" }, random.Next(4) == 0 ? null : "\"P3D\""),
            6 => new RenameStep(AnyStep(), "renamed-" + random.Next(100)),
            7 => new SetStepField(AnyStep(), "/when", random.Next(2) == 0 ? "\"rules.needsPilot\"" : "\"((\""),
            _ => new SetRule("r" + random.Next(5), random.Next(3) == 0 ? null : "vars.x === " + random.Next(10)),
        };
    }
}

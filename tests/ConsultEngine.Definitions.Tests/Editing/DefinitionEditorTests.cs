using ConsultEngine.Definitions.Editing;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Tests.Editing;

public sealed class DefinitionEditorTests
{
    private static AddStep NewTask(string id) => new("prepare", "task", LocalizedText.Of("Việc " + id, "Task " + id), Id: id, Role: "council-office");

    [Fact]
    public void Apply_Succeeded_ChangesCurrentAndCanBeUndoneAndRedone()
    {
        var editor = new DefinitionEditor(Standard.Definition(), Standard.StepTypes);
        var original = editor.ToJson();

        editor.Apply(NewTask("extra"));
        var edited = editor.ToJson();

        Assert.Contains(editor.Current.Steps(), s => s.Id == "extra");
        Assert.True(editor.Undo());
        Assert.Equal(original, editor.ToJson());
        Assert.True(editor.Redo());
        Assert.Equal(edited, editor.ToJson());
    }

    [Fact]
    public void Apply_Refused_LeavesDefinitionHistoryAndRevisionAsTheyWere()
    {
        var editor = new DefinitionEditor(Standard.Definition(), Standard.StepTypes);
        var before = editor.Current;

        var result = editor.Apply(new RemoveStep("no-such-step"));

        Assert.Equal("CE3501", result.Error?.Code);
        Assert.Same(before, editor.Current);
        Assert.False(editor.CanUndo);
        Assert.Equal(0, editor.Revision);
    }

    [Fact]
    public void Apply_NoOp_IsNotRecorded()
    {
        var editor = new DefinitionEditor(Standard.Definition());
        var title = editor.Current.Step("select-issues").Title!.Vi!;

        var result = editor.Apply(new SetStepField("select-issues", "/title/vi", System.Text.Json.JsonSerializer.Serialize(title)));

        Assert.True(result.Succeeded);
        Assert.False(result.Changed);
        Assert.False(editor.CanUndo);
    }

    [Fact]
    public void Apply_AfterUndo_ClearsRedo()
    {
        var editor = new DefinitionEditor(Standard.Definition());
        editor.Apply(NewTask("one"));
        editor.Undo();

        editor.Apply(NewTask("two"));

        Assert.False(editor.CanRedo);
        Assert.False(editor.Redo());
    }

    [Fact]
    public void Undo_BeyondTheDepth_StopsAtTheOldestKeptEdit()
    {
        var editor = new DefinitionEditor(Standard.Definition(), undoDepth: 3);
        foreach (var id in new[] { "e-1", "e-2", "e-3", "e-4", "e-5" })
        {
            editor.Apply(NewTask(id));
        }

        var undone = 0;
        while (editor.Undo())
        {
            undone++;
        }

        Assert.Equal(3, undone);
        Assert.Equal(["e-1", "e-2"], editor.Current.Steps().Select(s => s.Id).Where(id => id.StartsWith("e-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Revision_CountsEveryChange_AndChangedIsRaised()
    {
        var editor = new DefinitionEditor(Standard.Definition());
        var raised = 0;
        editor.Changed += (_, _) => raised++;

        editor.Apply(NewTask("x"));
        editor.Undo();
        editor.Redo();

        Assert.Equal(3, editor.Revision);
        Assert.Equal(3, raised);
    }

    [Fact]
    public void Replace_IsAnEditThatCanBeUndone()
    {
        var editor = new DefinitionEditor(Standard.Definition());
        var original = editor.ToJson();
        var imported = editor.Current with { Version = 7 };

        editor.Replace(imported);

        Assert.Equal(7, editor.Current.Version);
        Assert.True(editor.Undo());
        Assert.Equal(original, editor.ToJson());
    }

    [Fact]
    public void NextUndo_NamesTheCommandTheUndoTakesBack()
    {
        var editor = new DefinitionEditor(Standard.Definition());
        var command = new MoveStep("meet-executive", "prepare", 0);

        editor.Apply(command);

        Assert.Equal(command, editor.NextUndo);
        editor.Undo();
        Assert.Equal(command, editor.NextRedo);
    }

    [Fact]
    public void AcceptanceWalk_AddStepBreakAndFixARule_ValidatesAsTheValidatorSays()
    {
        var editor = new DefinitionEditor(Standard.Definition(), Standard.StepTypes);
        Assert.DoesNotContain(Standard.Validator.Validate(editor.Current), d => d.IsError);

        editor.Apply(new AddStep("feedback", "task", LocalizedText.Of("Đăng kết quả lên cổng thông tin", "Publish the results on the portal"), Role: "council-office"));
        editor.Apply(new SetStepField("task-1", "/when", "\"rules.needsContractor &&\""));
        var broken = Standard.Validator.Validate(editor.Current);
        editor.Apply(new SetStepField("task-1", "/when", "\"rules.needsContractor\""));
        var fixedUp = Standard.Validator.Validate(editor.Current);

        Assert.Contains(broken, d => d.Code == "CE4001" && d.Path == DiagnosticTargets.PointerOf(editor.Current, "task-1") + "/when");
        Assert.DoesNotContain(fixedUp, d => d.IsError);
    }
}

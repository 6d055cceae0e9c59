using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// An edit session over one definition: applies <see cref="EditCommand"/>s, keeps an undo and a redo
/// stack of bounded depth, and counts revisions so a host knows when to autosave. Definitions are
/// immutable records that share unchanged parts, so a history entry costs little. One session
/// serves one user (a designer circuit); it is not thread-safe.
/// </summary>
public sealed class DefinitionEditor
{
    public const int DefaultUndoDepth = 200;

    private readonly LinkedList<HistoryEntry> _undo = new();
    private readonly Stack<HistoryEntry> _redo = new();
    private readonly IStepTypeRegistry? _stepTypes;
    private readonly int _undoDepth;
    private string _json;

    public DefinitionEditor(ProcessDefinition definition, IStepTypeRegistry? stepTypes = null, int undoDepth = DefaultUndoDepth)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentOutOfRangeException.ThrowIfLessThan(undoDepth, 1);
        Current = definition;
        _json = DefinitionJson.Serialize(definition);
        _stepTypes = stepTypes;
        _undoDepth = undoDepth;
    }

    /// <summary>Raised after every change: an applied edit, an undo, a redo or a reset.</summary>
    public event EventHandler? Changed;

    public ProcessDefinition Current { get; private set; }

    /// <summary>Increases on every change, undo and redo included; a host saves when it differs from the revision it saved.</summary>
    public long Revision { get; private set; }

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    public int UndoCount => _undo.Count;

    /// <summary>The command the next undo takes back.</summary>
    public EditCommand? NextUndo => _undo.Last?.Value.Command;

    public EditCommand? NextRedo => _redo.TryPeek(out var entry) ? entry.Command : null;

    /// <summary>The definition as it is written to a file; it reads back to the same document.</summary>
    public string ToJson() => _json;

    /// <summary>Applies <paramref name="command"/>; a refused or no-op command leaves the definition and the history as they were.</summary>
    public EditResult Apply(EditCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var result = command.ApplyTo(Current, _stepTypes);
        if (!result.Succeeded || !result.Changed)
        {
            return result;
        }

        var json = DefinitionJson.Serialize(result.Definition);
        if (json == _json)
        {
            return result with { Changed = false, Definition = Current };
        }

        _undo.AddLast(new HistoryEntry(command, Current, _json));
        if (_undo.Count > _undoDepth)
        {
            _undo.RemoveFirst();
        }

        _redo.Clear();
        Set(result.Definition, json);
        return result;
    }

    public bool Undo()
    {
        if (_undo.Last is not { } last)
        {
            return false;
        }

        _undo.RemoveLast();
        _redo.Push(last.Value with { Definition = Current, Json = _json });
        Set(last.Value.Definition, last.Value.Json);
        return true;
    }

    public bool Redo()
    {
        if (!_redo.TryPop(out var entry))
        {
            return false;
        }

        _undo.AddLast(entry with { Definition = Current, Json = _json });
        Set(entry.Definition, entry.Json);
        return true;
    }

    /// <summary>Replaces the whole definition (an import): an edit that can be undone like any other.</summary>
    public void Replace(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var json = DefinitionJson.Serialize(definition);
        if (json == _json)
        {
            return;
        }

        _undo.AddLast(new HistoryEntry(null, Current, _json));
        if (_undo.Count > _undoDepth)
        {
            _undo.RemoveFirst();
        }

        _redo.Clear();
        Set(definition, json);
    }

    private void Set(ProcessDefinition definition, string json)
    {
        Current = definition;
        _json = json;
        Revision++;
        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>A command and the definition on the other side of it (before it on the undo stack, after it on the redo stack).</summary>
    private sealed record HistoryEntry(EditCommand? Command, ProcessDefinition Definition, string Json);
}

using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Editing;
using ConsultEngine.Definitions.Editing.Layout;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// One designer page's working state: the edit session over the opened version, its diagnostics and
/// canvas layout (recomputed after each change), the selection, and autosave — a draft is saved a
/// moment after the last change, so no edit is lost. Scoped to the page's circuit.
/// </summary>
public sealed class DesignerSession(DesignerDefinitions library, IStepTypeRegistry stepTypes, TimeProvider time) : IAsyncDisposable
{
    /// <summary>How long after the last change a draft is saved.</summary>
    public static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(1.5);

    private readonly DefinitionValidator _validator = new(stepTypes);
    private readonly SemaphoreSlim _saving = new(1, 1);
    private ITimer? _autosave;
    private long _savedRevision;

    /// <summary>Raised after every change of what the page shows (edits, saves, selection).</summary>
    public event Action? Changed;

    public DefinitionEditor? Editor { get; private set; }

    public VersionState State { get; private set; }

    public bool IsDraft => State == VersionState.Draft;

    public ProcessDefinition? Definition => Editor?.Current;

    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    public CanvasLayout Layout { get; private set; } = new();

    public string? SelectedStepId { get; private set; }

    public DateTimeOffset? LastSaved { get; private set; }

    public bool HasUnsavedChanges => Editor is not null && Editor.Revision != _savedRevision;

    public IStepTypeRegistry StepTypes => stepTypes;

    public DesignerDefinitions Library => library;

    public async Task<bool> OpenAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        var stored = await library.OpenAsync(id, version, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return false;
        }

        Editor = new DefinitionEditor(stored.Definition, stepTypes);
        State = stored.State;
        _savedRevision = 0;
        SelectedStepId = null;
        // The canvas first, the diagnostics a moment later: opening is not held up by validation.
        Layout = CanvasLayoutBuilder.Build(Editor.Current);
        Diagnostics = [];
        var opened = Editor;
        _ = Task.Run(() =>
        {
            var diagnostics = _validator.Validate(opened.Current);
            if (ReferenceEquals(Editor, opened) && opened.Revision == 0)
            {
                Diagnostics = diagnostics;
                Changed?.Invoke();
            }
        }, cancellationToken);
        Changed?.Invoke();
        return true;
    }

    /// <summary>Applies an edit of a draft; a published version is read only (the page offers a new draft instead).</summary>
    public EditResult? Apply(EditCommand command)
    {
        if (Editor is null || !IsDraft)
        {
            return null;
        }

        var result = Editor.Apply(command);
        if (result.Changed)
        {
            if (command is RemoveStep remove && SelectedStepId == remove.StepId)
            {
                SelectedStepId = null;
            }
            else if (command is RenameStep rename && SelectedStepId == rename.StepId)
            {
                SelectedStepId = rename.NewId;
            }
            else if (command is AddStep)
            {
                SelectedStepId = result.StepId;
            }

            Refresh();
            ScheduleAutosave();
        }

        return result;
    }

    public bool Undo() => Step(Editor?.Undo() ?? false);

    public bool Redo() => Step(Editor?.Redo() ?? false);

    public void Select(string? stepId)
    {
        if (SelectedStepId == stepId)
        {
            return;
        }

        SelectedStepId = stepId;
        Changed?.Invoke();
    }

    public StepDefinition? SelectedStep => SelectedStepId is null ? null : Definition?.AllSteps().FirstOrDefault(s => s.Id == SelectedStepId);

    /// <summary>The diagnostics of one step, to badge its node.</summary>
    public int ErrorsOf(string stepId) => Definition is null ? 0 : Diagnostics.Count(d => d.IsError && DiagnosticTargets.StepOf(Definition, d.Path) == stepId);

    public async Task<SaveOutcome?> SaveAsync(CancellationToken cancellationToken = default)
    {
        if (Editor is null || !IsDraft)
        {
            return null;
        }

        await _saving.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var revision = Editor.Revision;
            var outcome = await library.SaveDraftAsync(Editor.Current, cancellationToken).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                _savedRevision = revision;
                LastSaved = time.GetUtcNow();
            }

            Changed?.Invoke();
            return outcome;
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <summary>Saves, then publishes the draft; on success the session shows the published version.</summary>
    public async Task<SaveOutcome?> PublishAsync(CancellationToken cancellationToken = default)
    {
        if (Editor is null || !IsDraft)
        {
            return null;
        }

        var saved = await SaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved is { Succeeded: false })
        {
            return saved;
        }

        var outcome = await library.PublishAsync(Editor.Current.Id, Editor.Current.Version, cancellationToken).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            State = VersionState.Published;
        }
        else
        {
            Diagnostics = outcome.Problems;
        }

        Changed?.Invoke();
        return outcome;
    }

    public async ValueTask DisposeAsync()
    {
        if (_autosave is not null)
        {
            await _autosave.DisposeAsync().ConfigureAwait(false);
        }

        if (HasUnsavedChanges)
        {
            await SaveAsync().ConfigureAwait(false);
        }

        _saving.Dispose();
    }

    private bool Step(bool changed)
    {
        if (changed)
        {
            if (SelectedStepId is not null && Definition?.AllSteps().Any(s => s.Id == SelectedStepId) != true)
            {
                SelectedStepId = null;
            }

            Refresh();
            ScheduleAutosave();
        }

        return changed;
    }

    private void Refresh()
    {
        Diagnostics = _validator.Validate(Editor!.Current);
        Layout = CanvasLayoutBuilder.Build(Editor.Current);
        Changed?.Invoke();
    }

    private void ScheduleAutosave()
    {
        _autosave ??= time.CreateTimer(_ => _ = SaveAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _autosave.Change(AutosaveDelay, Timeout.InfiniteTimeSpan);
    }
}

using ConsultEngine.Definitions.Editing;
using ConsultEngine.Definitions.Editing.Layout;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// Pays, before the first designer page needs it, what that page would otherwise pay on its first open
/// (JIT of the library, the editor, the layout and the validator, the schema build): the designer must
/// show a definition within a second of the page loading, the first time too. It runs once, in the
/// background, when the first staff page opens its circuit (<see cref="DesignerWarmUpOnFirstCircuit"/>),
/// not at start: a host that only serves the public and the API never pays its code and memory
/// (≈ 6 MB resident idle).
/// </summary>
internal sealed partial class DesignerWarmUp(DesignerDefinitions library, IStepTypeRegistry stepTypes, IHostApplicationLifetime lifetime, ILogger<DesignerWarmUp> logger)
{
    private int _begun;

    /// <summary>The warm-up, once begun (null before): for the tests.</summary>
    public Task? Running { get; private set; }

    /// <summary>Starts the warm-up on the thread pool the first time it is called; later calls do nothing.</summary>
    public void Begin()
    {
        if (Interlocked.Exchange(ref _begun, 1) == 0)
        {
            Running = Task.Run(() => WarmUpAsync(lifetime.ApplicationStopping));
        }
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            var validator = new DefinitionValidator(stepTypes);
            validator.WarmUp();
            var entries = await library.ListAsync(cancellationToken).ConfigureAwait(false);
            if (entries.Count > 0 && entries[0] is var entry && await library.OpenAsync(entry.Id, entry.Versions[0].Version, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                var editor = new DefinitionEditor(stored.Definition, stepTypes);
                _ = validator.Validate(editor.Current);
                _ = CanvasLayoutBuilder.Build(editor.Current);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A warm-up that fails costs only speed; the page reports real problems when it opens.
            LogWarmUpFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The designer's warm-up failed.")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}

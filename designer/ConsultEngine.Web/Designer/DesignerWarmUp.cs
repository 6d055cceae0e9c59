using ConsultEngine.Definitions.Editing;
using ConsultEngine.Definitions.Editing.Layout;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Web.Hosting;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// Pays, while the host starts, what the first designer page would otherwise pay on its first open
/// (JIT of the library, the editor, the layout and the validator, the schema build): the designer
/// must show a definition within a second of the page loading, the first time too.
/// </summary>
internal sealed partial class DesignerWarmUp(DesignerDefinitions library, IStepTypeRegistry stepTypes, StartupWarmUps warmUps, ILogger<DesignerWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // In the background: starting the host does not wait for it; the start-up trim does.
        warmUps.Run(() => WarmUpAsync(cancellationToken));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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

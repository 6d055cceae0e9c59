using ConsultEngine.Hosting.Definitions;

namespace ConsultEngine.Hosting.Startup;

/// <summary>
/// Initialises the engine once per container: opens its stores, loads the definition catalogue and
/// seeds the definitions folder. Idempotent and safe to call from several places at once (the hosted
/// initializer and a caller without a host); a failed attempt is tried again by the next call.
/// </summary>
internal sealed class EngineInitialization(EngineStorage storage, Deferred<DefinitionStartup> definitions) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    public async Task InitializeAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_done)
            {
                await storage.OpenAsync(provider, cancellationToken).ConfigureAwait(false);
                await definitions.Value.RunAsync(cancellationToken).ConfigureAwait(false);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

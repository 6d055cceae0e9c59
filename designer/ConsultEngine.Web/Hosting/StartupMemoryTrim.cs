namespace ConsultEngine.Web.Hosting;

/// <summary>
/// Gives back what start-up allocated and dropped. Building the host, the EF Core models, the
/// definitions and the designer's warm-up leave tens of megabytes of garbage and of committed but
/// empty GC memory that a quiet host would keep resident until load came; one aggressive
/// (compacting, decommitting) collection a few seconds after the host started returns it to the
/// system. It runs once, off the request path, so it costs no throughput.
/// </summary>
internal sealed class StartupMemoryTrim(IHostApplicationLifetime lifetime) : IHostedService, IDisposable
{
    /// <summary>Long enough for the background warm-ups that start with the host to finish.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = TrimAsync(_stopping.Token));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _stopping.CancelAsync();

    public void Dispose() => _stopping.Dispose();

    private static async Task TrimAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(Settle, stopping).ConfigureAwait(false);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        catch (OperationCanceledException)
        {
            // Stopped before it ran: nothing to give back.
        }
    }
}

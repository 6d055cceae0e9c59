namespace ConsultEngine.Web.Hosting;

/// <summary>
/// Gives back what start-up allocated and dropped. Building the host, the EF Core models, the
/// definitions and the designer's warm-up leave tens of megabytes of garbage and of committed but
/// empty GC memory that a quiet host would keep resident until load came; one aggressive
/// (compacting, decommitting) collection once the warm-ups have ended returns it to the system.
/// It runs once, off the request path, so it costs no throughput.
/// </summary>
internal sealed class StartupMemoryTrim(IHostApplicationLifetime lifetime, StartupWarmUps warmUps) : IHostedService, IDisposable
{
    /// <summary>
    /// After the warm-ups, a little longer: the background services (the timer, the outbox) run their first
    /// round as the host starts. A fixed 3 s from the start was outlasted by the warm-ups on a loaded
    /// machine, whose garbage then stayed resident for as long as the host stayed idle.
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = TrimAsync(_stopping.Token));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _stopping.CancelAsync();

    public void Dispose() => _stopping.Dispose();

    private async Task TrimAsync(CancellationToken stopping)
    {
        try
        {
            await warmUps.WhenDoneAsync().WaitAsync(stopping).ConfigureAwait(false);
            await Task.Delay(Settle, stopping).ConfigureAwait(false);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        catch (OperationCanceledException)
        {
            // Stopped before it ran: nothing to give back.
        }
    }
}

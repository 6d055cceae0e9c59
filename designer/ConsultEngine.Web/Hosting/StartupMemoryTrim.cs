namespace ConsultEngine.Web.Hosting;

/// <summary>
/// Gives back what start-up allocated and dropped. Building the host, the EF Core models and the
/// definitions leave tens of megabytes of garbage and of committed but empty GC memory that a quiet
/// host would keep resident until load came; one aggressive (compacting, decommitting) collection
/// shortly after the start returns it to the system, and the C heap's free pages follow
/// (<see cref="NativeHeapTrim"/>). It runs once, off the request path, so it costs no throughput.
/// </summary>
internal sealed class StartupMemoryTrim(IHostApplicationLifetime lifetime) : IHostedService, IDisposable
{
    /// <summary>
    /// After the start, a little longer: the background services (the timer, the outbox) run their first
    /// round as the host starts. (The designer's warm-up, which once ran here too, now waits for the first
    /// staff page: Designer/DesignerWarmUp.)
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

    private static async Task TrimAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(Settle, stopping).ConfigureAwait(false);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            // What the finalizers release natively (SQLite statements, handles) is free before the C heap is trimmed.
            GC.WaitForPendingFinalizers();
            NativeHeapTrim.Run();
        }
        catch (OperationCanceledException)
        {
            // Stopped before it ran: nothing to give back.
        }
    }
}

namespace ConsultEngine.Web.Hosting;

/// <summary>
/// The background warm-ups the host starts (the designer's, today), so that <see cref="StartupMemoryTrim"/>
/// gives back their garbage after they finish rather than after a fixed delay that a loaded machine outlasts.
/// </summary>
internal sealed class StartupWarmUps
{
    private readonly Lock _gate = new();
    private readonly List<Task> _running = [];

    /// <summary>Starts <paramref name="warmUp"/> on the thread pool and tracks it; starting the host does not wait for it.</summary>
    public void Run(Func<Task> warmUp)
    {
        var task = Task.Run(warmUp);
        lock (_gate)
        {
            _running.Add(task);
        }
    }

    /// <summary>Completes when every warm-up started so far has ended, whether it succeeded or not.</summary>
    public Task WhenDoneAsync()
    {
        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }

        // The warm-ups log their own failures; the trim only waits for them to end.
        return Task.WhenAll(running).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}

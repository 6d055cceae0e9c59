using System.Collections.Concurrent;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// The sandboxes an evaluator lends, one caller at a time each (a Jint engine is not thread-safe). It used
/// to be one per thread: under load the thread pool grows to dozens of threads, and each built its own
/// engine on its first evaluation (tens of milliseconds each, measured as most of the host's CPU per public
/// submission in a short burst), while only as many evaluate at once as there are running threads. Lent
/// from a bag, the engine warmed at start-up is the one requests use, and a thread that takes after it
/// returned gets its own back. Past <see cref="MaxKept"/> idle sandboxes, a returned one is disposed. The cap
/// is well above the cores: under a burst of public submissions on a busy machine, threads are preempted in
/// the middle of an evaluation and more sandboxes than cores are lent at once; with a cap near the core count
/// the extra ones were disposed on return and built again (a frozen engine costs milliseconds) a moment later,
/// which a profile of the web host on a loaded machine showed as about a tenth of the submission endpoint's
/// CPU samples. The idle ones a burst leaves behind are lent to the next.
/// </summary>
internal sealed class SandboxPool(RuleLimits limits) : IDisposable
{
    internal static readonly int MaxKept = Math.Max(32, Environment.ProcessorCount * 8);

    private readonly ConcurrentBag<RuleSandbox> _idle = [];
    private int _disposed;

    public RuleSandbox Rent() => _idle.TryTake(out var sandbox) ? sandbox : new RuleSandbox(limits);

    public void Return(RuleSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        if (Volatile.Read(ref _disposed) != 0 || _idle.Count >= MaxKept)
        {
            sandbox.Dispose();
            return;
        }

        _idle.Add(sandbox);
    }

    /// <summary>The sandbox the calling thread would be lent next (tests read how many engines it built).</summary>
    public RuleSandbox Peek()
    {
        var sandbox = Rent();
        Return(sandbox);
        return sandbox;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        while (_idle.TryTake(out var sandbox))
        {
            sandbox.Dispose();
        }
    }
}

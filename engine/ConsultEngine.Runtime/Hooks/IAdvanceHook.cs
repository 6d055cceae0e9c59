namespace ConsultEngine.Runtime.Hooks;

/// <summary>
/// A host's part in an advance that completes steps: it sees the steps the advance completed before
/// the advance commits, may refuse the whole advance (throw a <see cref="ConsultEngineException"/>:
/// nothing is written) or add outbox messages and journal events to the same commit, and may return
/// work to run once the commit succeeded. The engine knows no hook by name; a host registers them.
/// </summary>
public interface IAdvanceHook
{
    /// <summary>
    /// Called once per advance that completed at least one step, before it commits. The returned
    /// callback (if any) runs after the commit; it must not throw, since the advance is already done.
    /// </summary>
    Task<Func<CancellationToken, Task>?> BeforeCommitAsync(AdvanceContext advance, CancellationToken cancellationToken);
}

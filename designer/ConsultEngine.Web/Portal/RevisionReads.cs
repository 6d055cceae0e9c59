using System.Collections.Concurrent;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The revision reads of the open-step index, shared between the requests that need one at the same
/// moment: under load every public submission of a consultation asks the database for the same integer,
/// and the statement cost more than all the rest of finding the open step. A request never takes an
/// answer read before it arrived: while a read runs, the requests that come in wait for the next one,
/// which starts once that read is done, and all of them take its answer. So each request sees every
/// commit made before it arrived, as if it had read alone, and waits at most two reads; a failed read
/// fails the requests that waited for it. Only instances the index holds get a slot (a bound: unknown
/// ids are read directly).
/// </summary>
internal sealed class RevisionReads(IInstanceStore instances)
{
    private const int MaxSlots = 4_096;

    private readonly ConcurrentDictionary<Guid, Slot> _slots = new();

    /// <summary>The revision as one read by this request alone (for an instance the index does not hold).</summary>
    public Task<long?> ReadAloneAsync(Guid instanceId, CancellationToken cancellationToken) =>
        instances.FindRevisionAsync(instanceId, cancellationToken);

    /// <summary>The revision as one read that started after this call, shared with the calls that came meanwhile.</summary>
    public Task<long?> ReadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (_slots.Count >= MaxSlots)
        {
            _slots.Clear();
        }

        return _slots.GetOrAdd(instanceId, static _ => new Slot()).ReadAsync(instanceId, instances, cancellationToken);
    }

    private sealed class Slot
    {
        private readonly Lock _gate = new();
        private bool _reading;
        private TaskCompletionSource<long?>? _next;

        public Task<long?> ReadAsync(Guid instanceId, IInstanceStore store, CancellationToken cancellationToken)
        {
            TaskCompletionSource<long?> answer;
            lock (_gate)
            {
                if (_reading)
                {
                    // A read is running, maybe from before this request: wait for the one after it.
                    _next ??= new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
                    return _next.Task.WaitAsync(cancellationToken);
                }

                _reading = true;
                answer = new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            _ = RunAsync(instanceId, store, answer);
            return answer.Task.WaitAsync(cancellationToken);
        }

        /// <summary>Reads for <paramref name="answer"/>, then for the requests that came meanwhile, as long as some did (not on any request's time).</summary>
        private async Task RunAsync(Guid instanceId, IInstanceStore store, TaskCompletionSource<long?> answer)
        {
            for (TaskCompletionSource<long?>? current = answer; current is not null;)
            {
                try
                {
                    // Not a caller's token: others wait for this read.
                    current.TrySetResult(await store.FindRevisionAsync(instanceId, CancellationToken.None).ConfigureAwait(false));
                }
                catch (Exception failure)
                {
                    current.TrySetException(failure);
                }

                lock (_gate)
                {
                    current = _next;
                    _next = null;
                    _reading = current is not null;
                }
            }
        }
    }
}

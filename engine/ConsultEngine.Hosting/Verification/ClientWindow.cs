using System.Collections.Concurrent;

namespace ConsultEngine.Hosting.Verification;

/// <summary>
/// How many codes each client (its address's rate-limit partition) asked for within the last hour, in this
/// process. A restart forgets it; the per-number limit, kept with the codes, does not.
/// </summary>
internal sealed class ClientWindow
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _asked = new(StringComparer.Ordinal);

    /// <summary>Counts one more request from <paramref name="client"/>; <see langword="false"/> (not counted) when it already made <paramref name="limit"/>.</summary>
    public bool TryTake(string client, DateTimeOffset now, int limit)
    {
        var times = _asked.GetOrAdd(client, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            while (times.Count > 0 && times.Peek() <= now - Window)
            {
                times.Dequeue();
            }

            if (times.Count >= limit)
            {
                return false;
            }

            times.Enqueue(now);
        }

        if (_asked.Count > 100_000)
        {
            // Forget clients that asked nothing within the hour, so that the map stays small.
            foreach (var (key, queue) in _asked)
            {
                lock (queue)
                {
                    if (queue.Count == 0 || queue.Last() <= now - Window)
                    {
                        _asked.TryRemove(key, out _);
                    }
                }
            }
        }

        return true;
    }
}

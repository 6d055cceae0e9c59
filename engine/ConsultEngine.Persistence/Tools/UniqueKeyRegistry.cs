namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// The ingestion writer's memory of which input holds each unique key, per step: the key's holder
/// is its non-withdrawn input, by sequence. It replaces a unique index on the table: a keyed hash is
/// random, and an index on it made every append dirty its own B-tree page and write it to the WAL
/// (measured: about half of the writer's CPU per input). The registry is only consulted inside the
/// writer's <c>BEGIN IMMEDIATE</c> transaction, after <see cref="Observe"/> has brought it up to
/// date with what other connections and processes committed: their appends have higher sequences
/// (read incrementally), and any other change to who holds a key (a withdrawn mark set or cleared,
/// a key changed, an input deleted) raises the epoch kept by a trigger in <c>tool_input_key_epoch</c>,
/// which makes the registry forget everything and reload each step lazily. A step is loaded with one
/// range scan of its inputs on first use, into a <see cref="UniqueKeySet"/> (a digest and a sequence
/// per key, no string: about 32 bytes a key instead of 200). Not thread-safe: the writer thread alone uses it.
/// </summary>
internal sealed class UniqueKeyRegistry
{
    private readonly Dictionary<(Guid Instance, string Step), UniqueKeySet> _steps = [];
    private long? _epoch;
    private long _seenSequence;

    /// <summary>Keys currently loaded, over all steps (for tests and diagnostics).</summary>
    public int LoadedKeys => _steps.Values.Sum(s => s.Count);

    /// <summary>Bytes the loaded keys occupy, over all steps (for the memory measure).</summary>
    public long LoadedBytes => _steps.Values.Sum(s => s.Bytes);

    /// <summary>Brings the registry up to date with the file's state, read inside the writer's transaction.</summary>
    /// <param name="epoch">The key epoch the file holds now.</param>
    /// <param name="lastSequence">The highest input sequence in the file now.</param>
    /// <param name="appendedSince">Reads the keyed inputs with a sequence above the argument (other writers' appends).</param>
    public void Observe(long epoch, long lastSequence, Func<long, IEnumerable<KeyedInput>> appendedSince)
    {
        ArgumentNullException.ThrowIfNull(appendedSince);
        if (_epoch != epoch)
        {
            // Someone changed who holds a key, other than by appending: start again from the file.
            _steps.Clear();
            _epoch = epoch;
            _seenSequence = lastSequence;
            return;
        }

        if (lastSequence <= _seenSequence)
        {
            return;
        }

        if (_steps.Count > 0)
        {
            foreach (var input in appendedSince(_seenSequence))
            {
                if (!input.Withdrawn && _steps.TryGetValue((input.Instance, input.Step), out var keys))
                {
                    keys.Hold(input.Key, input.Sequence);
                }
            }
        }

        _seenSequence = lastSequence;
    }

    /// <summary>The step's keys, loading them (every non-withdrawn keyed input of the step) on first use.</summary>
    public UniqueKeySet Step(Guid instance, string step, Func<IEnumerable<KeyValuePair<string, long>>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!_steps.TryGetValue((instance, step), out var keys))
        {
            keys = new UniqueKeySet();
            foreach (var (key, sequence) in load())
            {
                keys.Hold(key, sequence);
            }

            _steps.Add((instance, step), keys);
        }

        return keys;
    }

    /// <summary>Notes an input this writer inserted (keyed or not), so the next <see cref="Observe"/> does not read it back.</summary>
    public void Inserted(long sequence) => _seenSequence = Math.Max(_seenSequence, sequence);

    /// <summary>The epoch after this writer's own withdrawals (the trigger raised it inside the transaction).</summary>
    public void EpochIs(long epoch) => _epoch = epoch;

    /// <summary>Forgets everything: the transaction that changed the registry did not commit.</summary>
    public void Forget()
    {
        _steps.Clear();
        _epoch = null;
        _seenSequence = 0;
    }

    /// <summary>An input with a unique key, as read back from the file.</summary>
    internal readonly record struct KeyedInput(long Sequence, Guid Instance, string Step, string Key, bool Withdrawn);
}

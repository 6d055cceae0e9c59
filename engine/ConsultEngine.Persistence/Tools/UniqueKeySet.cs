using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// One step's unique keys and the sequence of the input holding each, in 16 bytes a slot: an
/// open-addressing table (linear probing, at most three quarters full, doubled when it would be
/// more) of a key's 88-bit digest and its holder's 40-bit sequence, with no string kept. A keyed
/// hash in a <see cref="Dictionary{TKey, TValue}"/> cost about 200 bytes (its 64-character string
/// and the entry); this costs 21–43 bytes, depending on how full the table is.
/// <para>
/// The digest is SHA-256 of the key's characters, cut to 88 bits, so two different keys are taken
/// for one only if their digests agree: about n²/2⁸⁹ for n keys in one step (10⁻¹¹ at a hundred
/// million), and no one can aim at it, SHA-256 being what it is. Sequences are SQLite row ids of
/// one file, below 2⁴⁰ (a trillion inputs). Keys are only added or moved to a newer holder, never
/// removed: a key losing its holder (withdrawn, deleted) makes the registry drop the whole set.
/// Not thread-safe, as its one user, the writer's thread, needs.
/// </para>
/// </summary>
internal sealed class UniqueKeySet
{
    /// <summary>The largest sequence a slot holds (40 bits).</summary>
    public const long MaxSequence = (1L << SequenceBits) - 1;

    private const int SequenceBits = 40;
    private const ulong SequenceMask = (1UL << SequenceBits) - 1;
    private const int MinimumCapacity = 16;

    private Slot[] _slots;
    private int _mask;

    public UniqueKeySet(int capacity = MinimumCapacity)
    {
        var size = MinimumCapacity;
        while (size - (size >> 2) < capacity)
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _mask = size - 1;
    }

    /// <summary>Keys held.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes the table occupies (its slots; the object headers aside).</summary>
    public long Bytes => (long)_slots.Length * Marshal.SizeOf<Slot>();

    /// <summary>The sequence of the input holding the key, if one does.</summary>
    public bool TryGetHolder(string key, out long sequence)
    {
        var digest = Digest.Of(key);
        var index = Find(_slots, _mask, digest);
        var slot = _slots[index];
        sequence = (long)(slot.Rest & SequenceMask);
        return !slot.IsEmpty;
    }

    /// <summary>Makes the input at <paramref name="sequence"/> the key's holder (a new key, or a newer holder of a known one).</summary>
    public void Hold(string key, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        var digest = Digest.Of(key);
        var index = Find(_slots, _mask, digest);
        if (_slots[index].IsEmpty)
        {
            if (Count + 1 > _slots.Length - (_slots.Length >> 2))
            {
                Grow();
                index = Find(_slots, _mask, digest);
            }

            Count++;
        }

        _slots[index] = new Slot(digest.High, digest.Tag | (ulong)sequence);
    }

    /// <summary>The slot holding the digest, or the empty slot where it would go.</summary>
    private static int Find(Slot[] slots, int mask, Digest digest)
    {
        // The table is never full, so an empty slot ends every probe.
        var index = (int)digest.High & mask;
        while (true)
        {
            var slot = slots[index];
            if (slot.IsEmpty || (slot.High == digest.High && (slot.Rest & ~SequenceMask) == digest.Tag))
            {
                return index;
            }

            index = (index + 1) & mask;
        }
    }

    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (!slot.IsEmpty)
            {
                slots[Find(slots, mask, new Digest(slot.High, slot.Rest & ~SequenceMask))] = slot;
            }
        }

        _slots = slots;
        _mask = mask;
    }

    /// <summary>A key's 64 high digest bits and, in <see cref="Rest"/>, 24 more above its holder's sequence; all zero when empty.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(ulong High, ulong Rest)
    {
        // A held slot's sequence is at least 1, so its Rest is never zero.
        public bool IsEmpty => Rest == 0;
    }

    /// <summary>88 bits of a key's SHA-256: 64 in <see cref="High"/>, 24 in the top of <see cref="Tag"/>.</summary>
    internal readonly record struct Digest(ulong High, ulong Tag)
    {
        public static Digest Of(string key)
        {
            ArgumentNullException.ThrowIfNull(key);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(MemoryMarshal.AsBytes(key.AsSpan()), hash);
            var words = MemoryMarshal.Cast<byte, ulong>(hash);
            return new Digest(words[0], words[1] & ~SequenceMask);
        }
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConsultEngine.Runtime.Journal;

/// <summary>
/// The journal's chain: over a canonical text of each entry and the hash before it, either plain SHA-256
/// (legacy: 64 hex digits) or HMAC-SHA256 under the installation key (keyed: the marker
/// <see cref="KeyedMarker"/> then 62 hex digits of the MAC, so the column keeps its 64 characters).
/// </summary>
public static class JournalHasher
{
    /// <summary>The scheme marker a keyed entry's hash starts with (never hex, so never a legacy hash).</summary>
    public const string KeyedMarker = "k1";

    /// <summary>The "previous hash" of an instance's first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Seals with plain SHA-256 (legacy: engines without an installation key).</summary>
    public static JournalEntry Seal(JournalEntry entry) => entry with { Hash = Compute(entry) };

    /// <summary>Seals with the installation key's MAC, or plain SHA-256 when there is no key.</summary>
    public static JournalEntry Seal(JournalEntry entry, JournalKey? key) => entry with { Hash = key is null ? Compute(entry) : ComputeKeyed(entry, key) };

    /// <summary>Whether a hash was written under the keyed scheme.</summary>
    public static bool IsKeyed(string hash) => hash is not null && hash.StartsWith(KeyedMarker, StringComparison.Ordinal);

    /// <summary>The plain SHA-256 of an entry (the legacy scheme, and what anyone can recompute).</summary>
    public static string Compute(JournalEntry entry) => Convert.ToHexStringLower(SHA256.HashData(Canonical(entry)));

    /// <summary>The keyed hash of an entry: the marker, then the MAC under <paramref name="key"/>.</summary>
    public static string ComputeKeyed(JournalEntry entry, JournalKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return KeyedMarker + Convert.ToHexStringLower(key.Mac(Canonical(entry)))[..(64 - KeyedMarker.Length)];
    }

    /// <summary>A keyed-looking hash made with plain SHA-256: what a writer without the key would forge.</summary>
    internal static string ComputeUnkeyedLookalike(JournalEntry entry) => KeyedMarker + Compute(entry)[..(64 - KeyedMarker.Length)];

    private static byte[] Canonical(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var canonical = string.Join('\u001f',
            entry.InstanceId.ToString("N"),
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            entry.Event,
            entry.StepId ?? string.Empty,
            entry.Iteration?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            entry.Actor ?? string.Empty,
            entry.DataJson ?? string.Empty,
            entry.PreviousHash);
        return Encoding.UTF8.GetBytes(canonical);
    }

    /// <summary>
    /// Verifies an instance's journal against its row: the chain must hold and end exactly where the
    /// row's last commit left it (length and head hash), so losing the last entries is caught too.
    /// </summary>
    public static JournalBreak? Verify(State.InstanceRecord instance, IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(entries);
        if (Verify(entries) is { } broken)
        {
            return broken;
        }

        if (entries.Count < instance.JournalLength)
        {
            return new JournalBreak(instance.Id, entries.Count + 1, $"it is missing (the instance records {instance.JournalLength} entries)");
        }

        if (entries.Count > instance.JournalLength)
        {
            return new JournalBreak(instance.Id, instance.JournalLength + 1, $"it is beyond the {instance.JournalLength} entries the instance records");
        }

        return entries.Count > 0 && entries[^1].Hash != instance.JournalHead
            ? new JournalBreak(instance.Id, entries.Count, "its hash is not the head the instance records")
            : null;
    }

    /// <summary>The first entry whose sequence, link or (legacy) hash is wrong, or <c>null</c> when the chain holds.</summary>
    public static JournalBreak? Verify(IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previous = Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Sequence != i + 1)
            {
                return new JournalBreak(entry.InstanceId, i + 1, $"entry {i + 1} is missing (found sequence {entry.Sequence})");
            }

            if (entry.PreviousHash != previous)
            {
                return new JournalBreak(entry.InstanceId, entry.Sequence, "it does not link to the entry before it");
            }

            // Without the key a keyed entry's MAC cannot be checked here: JournalAudit does it.
            if (!IsKeyed(entry.Hash) && Compute(entry) != entry.Hash)
            {
                return new JournalBreak(entry.InstanceId, entry.Sequence, "its content does not match its hash");
            }

            previous = entry.Hash;
        }

        return null;
    }
}

/// <summary>Where a journal's chain breaks.</summary>
public sealed record JournalBreak(Guid InstanceId, long Sequence, string Reason);

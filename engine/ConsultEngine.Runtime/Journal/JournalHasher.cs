using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConsultEngine.Runtime.Journal;

/// <summary>SHA-256 over a canonical text of each entry and the hash before it.</summary>
public static class JournalHasher
{
    /// <summary>The "previous hash" of an instance's first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static JournalEntry Seal(JournalEntry entry) => entry with { Hash = Compute(entry) };

    public static string Compute(JournalEntry entry)
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
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

    /// <summary>The first entry whose sequence, link or hash is wrong, or <c>null</c> when the chain holds.</summary>
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

            if (Compute(entry) != entry.Hash)
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

namespace ConsultEngine.Runtime.Journal;

/// <summary>
/// Audits an instance's journal under the installation key. A chain may start legacy (plain SHA-256,
/// written before the key) and switch to keyed at one entry, for good: from then on every entry must
/// carry a valid MAC. Telling <see cref="JournalState.Rewritten"/> from <see cref="JournalState.Broken"/>:
/// a rewritten chain is self-consistent (someone recomputed the hashes) but not under the key.
/// </summary>
public static class JournalAudit
{
    public static JournalVerdict Check(State.InstanceRecord instance, IReadOnlyList<JournalEntry> entries, JournalKey? key, JournalAuditPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(entries);
        policy ??= JournalAuditPolicy.Default;
        var keyed = entries.Where(e => JournalHasher.IsKeyed(e.Hash)).ToList();
        long? keyedFrom = keyed.Count > 0 ? keyed[0].Sequence : null;
        if (keyed.Count > 0 && key is null)
        {
            return Verdict(JournalState.KeyMissing, JournalCodes.KeyMissing, keyedFrom, "keyed entries need the installation key to be checked");
        }

        if (key is not null && keyed.Count > 0
            && !keyed.Any(e => JournalHasher.ComputeKeyed(e, key) == e.Hash || JournalHasher.ComputeUnkeyedLookalike(e) == e.Hash))
        {
            return Verdict(JournalState.KeyMismatch, JournalCodes.KeyMismatch, keyedFrom, "no keyed entry verifies: the key is not the one this journal was written with");
        }

        var previous = JournalHasher.Genesis;
        var sawKeyed = false;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Sequence != i + 1)
            {
                return Verdict(JournalState.Broken, JournalCodes.Broken, i + 1, $"entry {i + 1} is missing (found sequence {entry.Sequence})");
            }

            if (entry.PreviousHash != previous)
            {
                return Verdict(JournalState.Broken, JournalCodes.Broken, entry.Sequence, "it does not link to the entry before it");
            }

            if (JournalHasher.IsKeyed(entry.Hash))
            {
                sawKeyed = true;
                if (JournalHasher.ComputeKeyed(entry, key!) != entry.Hash)
                {
                    return JournalHasher.ComputeUnkeyedLookalike(entry) == entry.Hash
                        ? Verdict(JournalState.Rewritten, JournalCodes.Rewritten, entry.Sequence, "its hash is a plain SHA-256 recomputation: the MAC under the installation key fails")
                        : Verdict(JournalState.Broken, JournalCodes.Broken, entry.Sequence, "its content does not match its MAC");
                }
            }
            else if (JournalHasher.Compute(entry) != entry.Hash)
            {
                return Verdict(JournalState.Broken, JournalCodes.Broken, entry.Sequence, "its content does not match its hash");
            }
            else if (sawKeyed)
            {
                return Verdict(JournalState.Rewritten, JournalCodes.Rewritten, entry.Sequence, "an unkeyed (plain SHA-256) entry follows keyed entries: the chain was recomputed without the key");
            }

            previous = entry.Hash;
        }

        if (entries.Count != instance.JournalLength)
        {
            return Verdict(JournalState.Broken, JournalCodes.Broken, Math.Min(entries.Count, instance.JournalLength) + 1,
                $"the journal has {entries.Count} entries where the instance records {instance.JournalLength}");
        }

        if (entries.Count > 0 && entries[^1].Hash != instance.JournalHead)
        {
            return Verdict(JournalState.Broken, JournalCodes.Broken, entries.Count, "its hash is not the head the instance records");
        }

        if (keyedFrom is null && entries.Count > 0)
        {
            // Intact but unkeyed: legacy only if it was all written before the installation was keyed.
            if (policy.KeyedSince is { } since && entries.FirstOrDefault(e => e.At >= since) is { } late)
            {
                return Verdict(JournalState.Rewritten, JournalCodes.Rewritten, late.Sequence,
                    "an unkeyed entry written after this installation began sealing its journals: the chain was recomputed without the key");
            }

            if (policy.RequireKeyed)
            {
                return Verdict(JournalState.LegacyRefused, JournalCodes.LegacyRefused, 1, "intact but unkeyed (legacy), and keyed chains are required");
            }
        }

        return keyedFrom is null
            ? Verdict(JournalState.Legacy, JournalCodes.Legacy, null, "intact, unkeyed (legacy)")
            : Verdict(JournalState.Keyed, JournalCodes.Keyed, null, keyedFrom == 1 ? "intact, keyed" : $"intact, keyed from entry {keyedFrom} (legacy before)");

        JournalVerdict Verdict(JournalState state, string code, long? sequence, string reason) =>
            new(instance.Id, state, code, entries.Count, sequence, reason, keyedFrom);
    }
}

/// <summary>What an audit found in one instance's journal.</summary>
public enum JournalState
{
    /// <summary>Intact, and keyed (possibly after legacy entries).</summary>
    Keyed,

    /// <summary>Intact, every entry legacy (plain SHA-256): proves integrity only against the exported head.</summary>
    Legacy,

    Broken,
    Rewritten,
    KeyMissing,
    KeyMismatch,

    /// <summary>Intact but every entry legacy, where keyed chains are required (<see cref="JournalAuditPolicy.RequireKeyed"/>).</summary>
    LegacyRefused,
}

/// <summary>
/// One instance's audit result: its state and code (<see cref="JournalCodes"/>), the entry concerned
/// (<paramref name="Sequence"/>, for failures) and the first keyed entry (<paramref name="KeyedFrom"/>).
/// </summary>
public sealed record JournalVerdict(Guid InstanceId, JournalState State, string Code, long Entries, long? Sequence, string Reason, long? KeyedFrom)
{
    /// <summary>Whether the journal is intact (keyed or legacy).</summary>
    public bool Intact => State is JournalState.Keyed or JournalState.Legacy;
}

/// <summary>The head of an instance's chain: its last entry's sequence and hash (the MAC, when keyed).</summary>
public sealed record JournalHeadInfo(Guid InstanceId, long Sequence, string Hash)
{
    public bool Keyed => JournalHasher.IsKeyed(Hash);

    public static JournalHeadInfo Of(State.InstanceRecord instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new JournalHeadInfo(instance.Id, instance.JournalLength, instance.JournalHead);
    }
}

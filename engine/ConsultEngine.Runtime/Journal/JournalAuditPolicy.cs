namespace ConsultEngine.Runtime.Journal;

/// <summary>
/// What an audit accepts beyond an intact chain. <paramref name="RequireKeyed"/> refuses a chain with no
/// keyed entry (CE8148) — an installation that has nothing legacy to keep. <paramref name="KeyedSince"/> is
/// when this installation began sealing its journals (<see cref="JournalKeyedMarker"/>): an unkeyed chain
/// holding an entry written since then cannot be legacy, so it is reported rewritten (CE8143).
/// </summary>
public sealed record JournalAuditPolicy(bool RequireKeyed = false, DateTimeOffset? KeyedSince = null)
{
    public static JournalAuditPolicy Default { get; } = new();
}

namespace ConsultEngine.Persistence.Registers;

/// <summary>
/// The moves of a decision's status: proposed → accepted → in drafting → adopted, and rejected from
/// any status not yet final. Adopted and rejected are final; a step is never skipped, because each
/// one is a separate act of the council (acceptance, the drafting order, the resolution).
/// </summary>
public static class DecisionStatusRules
{
    public static bool IsFinal(DecisionStatus status) => status is DecisionStatus.Adopted or DecisionStatus.Rejected;

    public static bool CanMove(DecisionStatus from, DecisionStatus to) => (from, to) switch
    {
        (DecisionStatus.Proposed, DecisionStatus.Accepted) => true,
        (DecisionStatus.Accepted, DecisionStatus.InDrafting) => true,
        (DecisionStatus.InDrafting, DecisionStatus.Adopted) => true,
        (_, DecisionStatus.Rejected) => !IsFinal(from),
        _ => false,
    };

    /// <summary>The statuses reachable from <paramref name="from"/>.</summary>
    public static IReadOnlyList<DecisionStatus> Next(DecisionStatus from) =>
        [.. Enum.GetValues<DecisionStatus>().Where(to => CanMove(from, to))];
}

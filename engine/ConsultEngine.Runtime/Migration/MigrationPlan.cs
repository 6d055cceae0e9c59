namespace ConsultEngine.Runtime.Migration;

/// <summary>What moving an instance to another version of its definition does, step by step; a dry run returns it without changing anything.</summary>
public sealed record MigrationPlan(
    Guid InstanceId,
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    string? FromPhase,
    string? ToPhase,
    IReadOnlyList<MigrationChange> Changes,
    IReadOnlyList<string> Problems)
{
    public bool CanApply => Problems.Count == 0;
}

/// <summary>
/// One line of a plan. Kinds: <c>kept</c> (a finished step keeps its state and is never run again),
/// <c>moved</c> (a waiting step keeps waiting, with its bookmark and timers), <c>dropped</c> (the
/// step is not in the new version), <c>added</c> (a new step that will run when reached),
/// <c>not-run</c> (a new step in a part of the process already passed).
/// </summary>
public sealed record MigrationChange(string Kind, string? FromStep, string? ToStep, string Detail);

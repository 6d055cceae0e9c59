using ConsultEngine.Abstractions;

namespace ConsultEngine.Runtime;

/// <summary>Another writer committed the instance first; reload and try again.</summary>
public sealed class ConcurrencyConflictException : ConsultEngineException
{
    public ConcurrencyConflictException(Guid instanceId, long expectedRevision)
        : base($"The instance {instanceId} was changed by another writer (expected revision {expectedRevision}).")
    {
        InstanceId = instanceId;
        ExpectedRevision = expectedRevision;
    }

    public Guid InstanceId { get; }

    public long ExpectedRevision { get; }

    public override string Code => RuntimeCodes.ConcurrencyConflict;
}

/// <summary>A command the instance cannot take in its present state (unknown instance or step, step not waiting, bad outcome or output...).</summary>
public sealed class InstanceCommandException : ConsultEngineException
{
    internal InstanceCommandException(string code, Guid instanceId, string? stepId, string message, IReadOnlyList<ToolProblem>? problems = null)
        : base(message)
    {
        Code = code;
        InstanceId = instanceId;
        StepId = stepId;
        Problems = problems ?? [];
    }

    public override string Code { get; }

    public Guid InstanceId { get; }

    public string? StepId { get; }

    /// <summary>
    /// Each problem of a refused command, coded and placed: a form's schema errors at the JSON Pointer of
    /// their field (a missing required property at the property), failed checks, missing variables
    /// (<c>/variables/{id}</c>), a migration's unmapped steps.
    /// </summary>
    public IReadOnlyList<ToolProblem> Problems { get; }
}

/// <summary>A definition version an instance is pinned to is not available to the engine.</summary>
public sealed class DefinitionNotAvailableException : ConsultEngineException
{
    internal DefinitionNotAvailableException(string definitionId, int version)
        : base($"The definition {definitionId}@{version} is not available.")
    {
        DefinitionId = definitionId;
        Version = version;
    }

    public string DefinitionId { get; }

    public int Version { get; }

    public override string Code => RuntimeCodes.DefinitionNotAvailable;
}

/// <summary>Codes of runtime errors and incidents (CE8xxx), next to the validator's catalogue.</summary>
public static class RuntimeCodes
{
    [FailsAs(FailureKind.Conflict)]
    public const string ConcurrencyConflict = "CE8001";
    [FailsAs(FailureKind.NotFound)]
    public const string InstanceNotFound = "CE8002";
    [FailsAs(FailureKind.NotFound)]
    public const string StepNotFound = "CE8003";
    [FailsAs(FailureKind.Conflict)]
    public const string StepNotWaiting = "CE8004";
    [FailsAs(FailureKind.Conflict)]
    public const string InstanceNotRunning = "CE8005";
    public const string OutcomeRequired = "CE8006";
    public const string UnknownOutcome = "CE8007";
    public const string OutputInvalid = "CE8008";
    public const string ChecksFailed = "CE8009";
    [FailsAs(FailureKind.NotFound)]
    public const string DefinitionNotAvailable = "CE8010";
    public const string GuardFailed = "CE8011";
    [FailsAs(FailureKind.Conflict)]
    public const string DefinitionInvalid = "CE8012";
    public const string VariablesInvalid = "CE8013";
    public const string MigrationStepUnknown = "CE8014";

    /// <summary>A new instance was asked for on a retired definition version.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string DefinitionRetired = "CE8015";
}

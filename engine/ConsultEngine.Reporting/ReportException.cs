using ConsultEngine.Runtime;

namespace ConsultEngine.Reporting;

/// <summary>The stable codes of reporting failures; an unknown instance or definition carries the engine's own code.</summary>
public static class ReportCodes
{
    /// <summary>There is no such instance (the engine's code).</summary>
    public const string InstanceNotFound = RuntimeCodes.InstanceNotFound;

    /// <summary>The instance's definition version is not among the loaded definitions (the engine's code).</summary>
    public const string DefinitionNotAvailable = RuntimeCodes.DefinitionNotAvailable;

    /// <summary>The format asked for is not one the report or the results are written in.</summary>
    public const string UnknownFormat = "CE8901";

    /// <summary>The language asked for is neither <c>vi</c> nor <c>en</c>.</summary>
    public const string UnknownLanguage = "CE8902";

    /// <summary>The kind of report asked for is neither <c>report</c> nor <c>explanation</c>.</summary>
    public const string UnknownKind = "CE8904";

    /// <summary>The host keeps no registers, so there is no explanation register to write.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string RegistersNotAvailable = "CE8903";
}

/// <summary>A report or results export that cannot be made, with its code (<see cref="ReportCodes"/>).</summary>
public sealed class ReportException : ConsultEngineException
{
    public ReportException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public override string Code { get; }

    public Guid? InstanceId { get; init; }
}

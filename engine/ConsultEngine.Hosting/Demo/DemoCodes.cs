namespace ConsultEngine.Hosting.Demo;

/// <summary>Codes of the example consultation's refusals (CE88xx).</summary>
public static class DemoCodes
{
    /// <summary>The database already holds consultations: the example is only created in an empty one.</summary>
    public const string DatabaseNotEmpty = "CE8801";

    /// <summary>A standard tool the example drives (survey, public hearing, focus group, online poll) is not loaded.</summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string ToolMissing = "CE8802";

    /// <summary>A tool refused a submission the example makes, or a step was not where the example expects it.</summary>
    [FailsAs(FailureKind.Fault)]
    public const string ScriptRefused = "CE8803";
}

namespace ConsultEngine.Web.Designer.Simulation;

/// <summary>
/// The simulation endpoint's own refusals (CE9935–CE9939, the end of the designer's CE993x block of
/// the web product's codes); the run's own stops carry the harness's CE86xx codes.
/// </summary>
public static class SimulationCodes
{
    /// <summary>The request body is missing or malformed, or the posted definition is of another id (400).</summary>
    [FailsAs(FailureKind.Malformed)]
    public const string RequestInvalid = "CE9935";

    /// <summary>The definition to simulate has errors and cannot run; every diagnostic comes with it (422).</summary>
    public const string DefinitionNotRunnable = "CE9936";

    /// <summary>The definition has no published version to simulate and none was named (404).</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string NothingToSimulate = "CE9937";
}

namespace ConsultEngine.Testing.Guided;

/// <summary>Why a guided run stopped before the consultation ended (CE86xx, the simulation harness's block).</summary>
public static class GuidedRunCodes
{
    /// <summary>The run took more steps than its limit: most often a route back that is always taken.</summary>
    public const string StepLimitReached = "CE8601";

    /// <summary>The run took longer than its wall-clock limit.</summary>
    public const string TimeLimitReached = "CE8602";

    /// <summary>The consultation is still running, yet nothing can move: no step waits that can be completed and no timer is set.</summary>
    public const string Stalled = "CE8603";

    /// <summary>The consultation could not start (the engine's own code is in the refusal).</summary>
    public const string NotStarted = "CE8604";

    /// <summary>The scenario asks for something the definition does not have (an unknown step or outcome) or a limit out of range.</summary>
    public const string ScenarioInvalid = "CE8605";
}

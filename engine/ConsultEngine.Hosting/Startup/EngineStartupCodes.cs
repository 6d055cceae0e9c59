namespace ConsultEngine.Hosting.Startup;

/// <summary>Codes of the engine's start: its settings checked, its stores opened and its definitions seeded (CE8120–CE8139).</summary>
public static class EngineStartupCodes
{
    /// <summary>
    /// A store, the definition catalogue or a service built on them was asked for before the engine
    /// was initialised: start the host, or call <c>InitializeConsultEngineAsync</c> on the provider first.
    /// </summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string NotInitialized = "CE8120";

    /// <summary>
    /// A setting the host cannot run with (a required one missing, a value out of range or of the wrong
    /// form): the host does not start. Each problem is one line led by this code, naming the setting and
    /// what is wrong (<see cref="SettingsProblems"/>).
    /// </summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string SettingRefused = "CE8121";
}

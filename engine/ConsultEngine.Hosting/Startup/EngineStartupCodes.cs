namespace ConsultEngine.Hosting.Startup;

/// <summary>Codes of the engine's start: its stores opened and its definitions seeded (CE8120–CE8139).</summary>
public static class EngineStartupCodes
{
    /// <summary>
    /// A store, the definition catalogue or a service built on them was asked for before the engine
    /// was initialised: start the host, or call <c>InitializeConsultEngineAsync</c> on the provider first.
    /// </summary>
    [FailsAs(FailureKind.Unavailable)]
    public const string NotInitialized = "CE8120";
}

namespace ConsultEngine.Hosting.Startup;

/// <summary>The engine was used before it was initialised; <see cref="Code"/> says how (<see cref="EngineStartupCodes"/>).</summary>
public sealed class EngineStartupException : ConsultEngineException
{
    internal EngineStartupException(string code, string service, string message)
        : base(message)
    {
        Code = code;
        Service = service;
    }

    public override string Code { get; }

    /// <summary>The service that was asked for (a store type's name, or the definition catalogue).</summary>
    public string Service { get; }

    internal static EngineStartupException NotInitialized(string service) =>
        new(EngineStartupCodes.NotInitialized, service,
            $"{service} was asked for before the engine was initialised: start the host, or await InitializeConsultEngineAsync() on the service provider first.");
}

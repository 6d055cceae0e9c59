using System.Runtime.CompilerServices;

// The root of the exception hierarchy moved to the SDK (ConsultEngine.Abstractions) so that a tool's
// refusal is one of them; code built against it here still finds it.
[assembly: TypeForwardedTo(typeof(ConsultEngine.ConsultEngineException))]

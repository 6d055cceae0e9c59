using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// Thrown by the sandbox's own functions (host-access stubs, the length-capped string builders, the
/// clock). It is a CLR exception, not a JavaScript error, so a script's <c>try</c> cannot catch it:
/// the evaluation ends and the evaluator turns it into a <see cref="RuleFaultException"/>.
/// </summary>
internal sealed class SandboxFault(DiagnosticDescriptor descriptor, string detail) : Exception(detail)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;
}

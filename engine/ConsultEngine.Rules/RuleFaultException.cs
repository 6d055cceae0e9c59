using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Rules.Scripts;

namespace ConsultEngine.Rules;

/// <summary>
/// A rule, guard or check of a definition could not produce a value: it crossed a limit, threw,
/// touched what it may not, returned something that is not JSON, or does not exist. The data says
/// which script of which definition version; <see cref="Code"/> says what went wrong (CE7xxx, or
/// CE4001 for a script that does not parse).
/// </summary>
public sealed class RuleFaultException : ConsultEngineException
{
    private readonly DiagnosticDescriptor _descriptor;

    internal RuleFaultException(DiagnosticDescriptor descriptor, ScriptIdentity script, string detail, Exception? innerException = null)
        : base($"{descriptor.Code}: {script.Describe()}: {detail}", innerException)
    {
        _descriptor = descriptor;
        DefinitionId = script.DefinitionId;
        DefinitionVersion = script.DefinitionVersion;
        ScriptKind = script.Kind;
        RuleName = script.RuleName;
        StepId = script.StepId;
        CheckIndex = script.CheckIndex;
        Detail = detail;
    }

    public override string Code => _descriptor.Code;

    public string DefinitionId { get; }

    public int DefinitionVersion { get; }

    public RuleScriptKind ScriptKind { get; }

    /// <summary>The rule that faulted, for <see cref="RuleScriptKind.Rule"/> (also when reached through <c>rules.x</c>).</summary>
    public string? RuleName { get; }

    /// <summary>The step whose guard or check faulted.</summary>
    public string? StepId { get; }

    /// <summary>The zero-based index of the check in the step's <c>validate</c> list.</summary>
    public int? CheckIndex { get; }

    /// <summary>What the engine or the script said (a JavaScript error's message, the limit crossed).</summary>
    public string Detail { get; }
}

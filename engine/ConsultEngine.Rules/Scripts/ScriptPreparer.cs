using Acornima.Ast;
using ConsultEngine.Definitions.Diagnostics;
using Jint;

namespace ConsultEngine.Rules.Scripts;

/// <summary>
/// Parses a script of a definition for Jint. Each source is run as the body of one block, so that a
/// top-level <c>let</c>, <c>const</c>, <c>class</c> or <c>function</c> stays local to the evaluation
/// instead of landing in the engine's global scope, where the next evaluation on that engine would
/// see it (a <c>var</c> still targets the frozen global object and fails). The block is a statement
/// like any other, so its completion value is the script's value.
/// </summary>
internal static class ScriptPreparer
{
    public static RuleScript Prepare(ScriptIdentity identity, string source)
    {
        // The newline before the closing brace keeps a trailing line comment from swallowing it.
        var wrapped = "{\n" + source + "\n}";
        Prepared<Script> prepared;
        try
        {
            prepared = Engine.PrepareScript(wrapped, source: SourceName(identity), strict: true);
        }
        catch (ScriptPreparationException ex)
        {
            throw new RuleFaultException(DiagnosticCodes.ScriptSyntaxError, identity, $"The JavaScript does not parse: {ex.Message}", ex);
        }

        // A source that closes the block itself ("1 } let x = 1; {") parses as several statements:
        // it would escape the block, so it is refused as if it did not parse.
        if (prepared.Program?.Body is not [BlockStatement])
        {
            throw new RuleFaultException(DiagnosticCodes.ScriptSyntaxError, identity, "The JavaScript does not parse on its own: it closes a brace it did not open.");
        }

        return new RuleScript(identity, prepared);
    }

    private static string SourceName(ScriptIdentity identity) => identity.Kind switch
    {
        RuleScriptKind.Rule => $"rules/{identity.RuleName}",
        RuleScriptKind.Tool => $"tool/{identity.RuleName}",
        RuleScriptKind.Guard => $"steps/{identity.StepId}/when",
        _ => $"steps/{identity.StepId}/validate/{identity.CheckIndex}",
    };
}

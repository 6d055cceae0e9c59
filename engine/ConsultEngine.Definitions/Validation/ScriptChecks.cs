using Acornima;
using Acornima.Ast;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Documents;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Validation;

/// <summary>
/// JavaScript in a definition (rules, <c>when</c> guards, <c>validate</c> checks) is parsed, never
/// run: syntax errors are reported with their place, and references to <c>rules.x</c> and
/// <c>steps.x</c> must name a rule or a step that exists.
/// </summary>
internal static class ScriptChecks
{
    public static void Run(ProcessDefinition definition, StepIndex steps, DiagnosticBag bag)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        // A rule whose source is null is a schema error (CE1004), not an empty script.
        foreach (var (name, source) in definition.Rules.Where(r => r.Value is not null))
        {
            Check(source, $"/rules/{JsonPositionMap.Escape(name)}", $"rule '{name}'", definition, steps, used, bag);
        }

        foreach (var location in steps.All)
        {
            if (location.Step.When is { } when)
            {
                Check(when, location.Pointer + "/when", $"the guard of step '{location.Step.Id}'", definition, steps, used, bag);
            }

            for (var i = 0; i < location.Step.Validate.Count; i++)
            {
                if (location.Step.Validate[i] is { } check)
                {
                    Check(check, $"{location.Pointer}/validate/{i}", $"check {i + 1} of step '{location.Step.Id}'", definition, steps, used, bag);
                }
            }
        }

        foreach (var name in definition.Rules.Keys.Where(n => !used.Contains(n)))
        {
            bag.Add(DiagnosticCodes.UnusedRule, $"/rules/{JsonPositionMap.Escape(name)}", $"The rule '{name}' is not used by any guard, check or other rule.", atName: true);
        }
    }

    private static void Check(string source, string pointer, string what, ProcessDefinition definition, StepIndex steps, HashSet<string> used, DiagnosticBag bag)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            bag.Add(DiagnosticCodes.EmptyScript, pointer, $"The JavaScript of {what} is empty.");
            return;
        }

        Script script;
        try
        {
            script = ScriptReferences.Parse(source);
        }
        catch (ParseErrorException ex)
        {
            NotParsed(source, pointer, $"The JavaScript of {what} does not parse at its line {ex.LineNumber}, column {ex.Column}: {ex.Error?.Description ?? ex.Message}",
                PositionInString(bag.PositionOf(pointer), source, ex.LineNumber, ex.Column), definition, used, bag);
            return;
        }
        catch (InsufficientExecutionStackException)
        {
            // The parser's stack guard: a script such as ((((…)))) nested thousands of levels deep.
            NotParsed(source, pointer, $"The JavaScript of {what} nests too deeply to be parsed.", bag.PositionOf(pointer), definition, used, bag);
            return;
        }

        var references = ScriptReferences.Of(script);
        foreach (var name in references.Rules)
        {
            used.Add(name);
            if (!definition.Rules.ContainsKey(name))
            {
                bag.Add(DiagnosticCodes.UnknownRule, pointer, $"The JavaScript of {what} uses 'rules.{name}', but the definition has no rule '{name}'.");
            }
        }

        foreach (var name in references.Steps.Where(name => !steps.Contains(name)))
        {
            bag.Add(DiagnosticCodes.UnknownStepInScript, pointer, $"The JavaScript of {what} reads the step '{name}', which does not exist.");
        }
    }

    private static void NotParsed(string source, string pointer, string message, SourcePosition position, ProcessDefinition definition, HashSet<string> used, DiagnosticBag bag)
    {
        bag.Add(DiagnosticCodes.ScriptSyntaxError, pointer, message, position);

        // Which rules a script that does not parse uses is unknown: the rules it names are not reported unused.
        used.UnionWith(definition.Rules.Keys.Where(name => source.Contains(name, StringComparison.Ordinal)));
    }

    /// <summary>The place of a script error in the file, exact when the script is one line written without escapes.</summary>
    private static SourcePosition PositionInString(SourcePosition stringStart, string source, int line, int column) =>
        line == 1 && source.IndexOfAny(['\n', '\r', '"', '\\']) < 0
            ? stringStart with { Column = stringStart.Column + 1 + column }
            : stringStart;
}

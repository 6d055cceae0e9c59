using Acornima;
using Acornima.Ast;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Editing.Rules;

/// <summary>
/// Checks one script as the rule editor types it, with the validator's codes: syntax errors
/// (CE4001) at the parser's line and column, and each <c>rules.x</c> or <c>steps.x</c> that names
/// nothing (CE4002, CE4004) at the exact member expression. The validator reports the same faults
/// at the script as a whole; these markers say where inside it.
/// </summary>
public static class RuleChecker
{
    public static IReadOnlyList<RuleMarker> Check(string? source, ProcessDefinition? definition = null)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return [new RuleMarker(DiagnosticCodes.EmptyScript.Code, DiagnosticSeverity.Error, "The script is empty.", 1, 1, 1, 1)];
        }

        Script script;
        try
        {
            script = ScriptReferences.Parse(source);
        }
        catch (ParseErrorException ex)
        {
            var (line, column) = ex.LineNumber > 0 ? (ex.LineNumber, ex.Column + 1) : (1, 1);
            return [new RuleMarker(DiagnosticCodes.ScriptSyntaxError.Code, DiagnosticSeverity.Error, ex.Error?.Description ?? ex.Message, line, column, line, EndOfToken(source, line, column))];
        }
        catch (InsufficientExecutionStackException)
        {
            return [new RuleMarker(DiagnosticCodes.ScriptSyntaxError.Code, DiagnosticSeverity.Error, "The script nests too deeply to be parsed.", 1, 1, 1, 2)];
        }

        return definition is null ? [] : References(script, definition);
    }

    private static List<RuleMarker> References(Script script, ProcessDefinition definition)
    {
        var steps = definition.AllSteps().Where(s => s is not null).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var markers = new List<RuleMarker>();
        var pending = new Stack<Node>([script]);
        while (pending.TryPop(out var node))
        {
            if (node is MemberExpression { Object: Identifier { Name: "rules" or "steps" or "tools" } owner } member
                && (member.Property switch { Identifier id when !member.Computed => id.Name, StringLiteral literal => literal.Value, _ => null }) is { } name)
            {
                var start = member.Location.Start;
                var end = member.Location.End;
                if (owner.Name == "rules" && !definition.Rules.ContainsKey(name))
                {
                    markers.Add(new RuleMarker(DiagnosticCodes.UnknownRule.Code, DiagnosticSeverity.Error, $"The definition has no rule '{name}'.", start.Line, start.Column + 1, end.Line, end.Column + 1));
                }
                else if (owner.Name != "rules" && !steps.Contains(name))
                {
                    markers.Add(new RuleMarker(DiagnosticCodes.UnknownStepInScript.Code, DiagnosticSeverity.Error, $"The definition has no step '{name}'.", start.Line, start.Column + 1, end.Line, end.Column + 1));
                }
            }

            foreach (var child in node.ChildNodes)
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }

        return [.. markers.OrderBy(m => m.StartLine).ThenBy(m => m.StartColumn)];
    }

    /// <summary>A marker one character wide (Monaco draws nothing for an empty range), within the line when it can.</summary>
    private static int EndOfToken(string source, int line, int column)
    {
        var lines = source.Split('\n');
        var length = line <= lines.Length ? lines[line - 1].TrimEnd('\r').Length : 0;
        return column <= length ? column + 1 : Math.Max(column, length + 1) + 1;
    }
}

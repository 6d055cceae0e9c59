using System.Text;
using Acornima;
using Acornima.Ast;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// Rewrites the places a script reads a step (<c>steps.x</c>, <c>steps['x']</c>, <c>tools['x']</c>)
/// so that a renamed step keeps being read. It edits the parsed source's exact ranges, so the rest
/// of the text (spacing, comments, quotes) stays as the author wrote it.
/// </summary>
internal static class ScriptRenamer
{
    /// <summary>The renamed source, the same string when nothing changes, or null when the script does not parse.</summary>
    public static string? Rename(string source, string oldId, string newId)
    {
        Script script;
        try
        {
            script = ScriptReferences.Parse(source);
        }
        catch (Exception ex) when (ex is ParseErrorException or InsufficientExecutionStackException)
        {
            return null;
        }

        var edits = new List<(int Start, int End, string Text)>();
        var pending = new Stack<Node>([script]);
        while (pending.TryPop(out var node))
        {
            if (node is MemberExpression { Object: Identifier { Name: "steps" or "tools" } } member)
            {
                switch (member.Property)
                {
                    case Identifier id when !member.Computed && id.Name == oldId:
                        edits.Add((id.Range.Start, id.Range.End, newId));
                        break;
                    case StringLiteral literal when literal.Value == oldId:
                        var quote = source[literal.Range.Start];
                        edits.Add((literal.Range.Start, literal.Range.End, $"{quote}{newId}{quote}"));
                        break;
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

        if (edits.Count == 0)
        {
            return source;
        }

        var text = new StringBuilder(source);
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start))
        {
            text.Remove(start, end - start).Insert(start, replacement);
        }

        return text.ToString();
    }
}

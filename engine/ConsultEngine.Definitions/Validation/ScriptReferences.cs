using Acornima;
using Acornima.Ast;

namespace ConsultEngine.Definitions.Validation;

/// <summary>
/// The rules (<c>rules.x</c>) and steps (<c>steps.x</c>, <c>steps['x']</c>, and tool steps' results
/// <c>tools['x']</c>) a script names, found by parsing it.
/// </summary>
public sealed record ScriptReferences(IReadOnlySet<string> Rules, IReadOnlySet<string> Steps)
{
    public static ScriptReferences Empty { get; } = new(new HashSet<string>(), new HashSet<string>());

    /// <summary>The references of <paramref name="source"/>; a script that does not parse names nothing.</summary>
    public static ScriptReferences Of(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return Empty;
        }

        try
        {
            return Of(Parse(source));
        }
        catch (ParseErrorException)
        {
            return Empty;
        }
    }

    /// <summary>Parses a rule, guard or check as the sandbox runs it: a strict-mode script.</summary>
    internal static Script Parse(string source) =>
        new Parser(new ParserOptions { EcmaVersion = EcmaVersion.ES2023, Tolerant = false }).ParseScript(source, strict: true);

    internal static ScriptReferences Of(Node root)
    {
        var rules = new HashSet<string>(StringComparer.Ordinal);
        var steps = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Node>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is MemberExpression { Object: Identifier { Name: "rules" or "steps" or "tools" } owner } member)
            {
                var name = member.Property switch
                {
                    Identifier id when !member.Computed => id.Name,
                    StringLiteral literal => literal.Value,
                    _ => null,
                };
                if (name is not null)
                {
                    (owner.Name == "rules" ? rules : steps).Add(name);
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

        return new ScriptReferences(rules, steps);
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ConsultEngine.Plugins.Survey.XlsForm;

/// <summary>Why an XLSForm expression could not be translated, and which <c>${name}</c>s it refers to.</summary>
internal sealed class TranslationException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// Translates the XLSForm (XPath) expressions of relevant, constraint, calculation, required and
/// choice_filter into JavaScript over the sandbox's <c>answers</c> and <c>self</c>:
/// <list type="bullet">
/// <item><c>${q}</c> → <c>(answers.q ?? '')</c> (an unanswered question is the empty string, as in XPath); <c>.</c> → <c>(self ?? '')</c>.</item>
/// <item><c>= != &lt; &gt; &lt;= &gt;=</c> → <c>== != &lt; &gt; &lt;= &gt;=</c> (loose equality: <c>'5' = 5</c> holds in both); <c>and or</c> → <c>&amp;&amp; ||</c>; <c>not(x)</c> → <c>!(x)</c>.</item>
/// <item><c>+ - * div mod</c> → numeric <c>+ - * / %</c> on <c>Number(...)</c> operands.</item>
/// <item><c>selected(a, 'v')</c>, <c>count-selected(a)</c>, <c>string-length(a)</c>, <c>if(c, a, b)</c>, <c>regex(a, 're')</c>,
/// <c>concat(...)</c>, <c>number(a)</c>, <c>string(a)</c>, <c>int(a)</c>, <c>round(a)</c>, <c>coalesce(a, b)</c>, <c>true()</c>, <c>false()</c>.</item>
/// <item>In a choice_filter, a bare name is a column of the choices sheet: <c>commune = ${commune}</c> → <c>(self.commune ?? '') == (answers.commune ?? '')</c>.</item>
/// </list>
/// Anything else (other functions, paths, <c>${q}</c> of an unknown question) raises a <see cref="TranslationException"/>.
/// </summary>
internal sealed class ExpressionTranslator
{
    private readonly List<Token> _tokens;
    private readonly bool _choiceFilter;
    private readonly Func<string, bool> _knownName;
    private int _position;

    private ExpressionTranslator(List<Token> tokens, bool choiceFilter, Func<string, bool> knownName)
    {
        _tokens = tokens;
        _choiceFilter = choiceFilter;
        _knownName = knownName;
    }

    /// <summary>The JavaScript of <paramref name="expression"/>.</summary>
    /// <param name="knownName">Whether <c>${name}</c> is a question of the form.</param>
    /// <param name="choiceFilter">Bare names are choice columns (<c>self.column</c>).</param>
    /// <exception cref="TranslationException">It cannot be translated.</exception>
    public static string Translate(string expression, Func<string, bool> knownName, bool choiceFilter = false)
    {
        var translator = new ExpressionTranslator(Tokenize(expression), choiceFilter, knownName);
        var result = translator.Or();
        if (translator.Peek.Kind != TokenKind.End)
        {
            throw Unsupported($"unexpected '{translator.Peek.Text}'");
        }

        return result;
    }

    private Token Peek => _tokens[_position];

    private Token Next() => _tokens[_position++];

    private bool Accept(TokenKind kind, string? text = null)
    {
        if (Peek.Kind == kind && (text is null || Peek.Text == text))
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(TokenKind kind, string text)
    {
        if (!Accept(kind, text))
        {
            throw Unsupported($"expected '{text}' but found '{Peek.Text}'");
        }
    }

    private string Or() => Binary(And, ("or", "||"));

    private string And() => Binary(Equality, ("and", "&&"));

    private string Equality() => Binary(Relational, ("=", "=="), ("!=", "!="));

    private string Relational() => Binary(Additive, ("<=", "<="), (">=", ">="), ("<", "<"), (">", ">"));

    private string Additive() => Binary(Multiplicative, numeric: true, ("+", "+"), ("-", "-"));

    private string Multiplicative() => Binary(Unary, numeric: true, ("*", "*"), ("div", "/"), ("mod", "%"));

    private string Binary(Func<string> operand, params (string XPath, string Js)[] operators) => Binary(operand, false, operators);

    private string Binary(Func<string> operand, bool numeric, params (string XPath, string Js)[] operators)
    {
        var left = operand();
        while (true)
        {
            var match = operators.FirstOrDefault(o => (Peek.Kind == TokenKind.Operator || Peek.Kind == TokenKind.Name) && Peek.Text == o.XPath);
            if (match.XPath is null)
            {
                return left;
            }

            Next();
            var right = operand();
            left = numeric ? $"Number({left}) {match.Js} Number({right})" : $"{left} {match.Js} {right}";
        }
    }

    private string Unary() => Accept(TokenKind.Operator, "-") ? $"-Number({Unary()})" : Primary();

    private string Primary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return token.Text;
            case TokenKind.String:
                return JsonSerializer.Serialize(token.Text);
            case TokenKind.Reference:
                if (!_knownName(token.Text))
                {
                    throw new TranslationException(SurveyCodes.XlsFormUnknownReference, $"${{{token.Text}}} is not a question of the form");
                }

                return $"(answers{Member(token.Text)} ?? '')";
            case TokenKind.Self:
                return "(self ?? '')";
            case TokenKind.Operator when token.Text == "(":
                var inner = Or();
                Expect(TokenKind.Operator, ")");
                return $"({inner})";
            case TokenKind.Name when Peek.Kind == TokenKind.Operator && Peek.Text == "(":
                Next();
                var arguments = new List<string>();
                if (!Accept(TokenKind.Operator, ")"))
                {
                    do
                    {
                        arguments.Add(Or());
                    }
                    while (Accept(TokenKind.Operator, ","));
                    Expect(TokenKind.Operator, ")");
                }

                return Function(token.Text, arguments);
            case TokenKind.Name when _choiceFilter:
                return $"(self{Member(token.Text)} ?? '')";
            default:
                throw Unsupported(token.Kind == TokenKind.End ? "the expression ends too early" : $"'{token.Text}' cannot be translated");
        }
    }

    private static string Function(string name, List<string> a) => (name, a.Count) switch
    {
        ("not", 1) => $"!({a[0]})",
        ("true", 0) => "true",
        ("false", 0) => "false",
        ("selected", 2) => $"[].concat({a[0]} === '' ? [] : {a[0]}).map(String).includes(String({a[1]}))",
        ("count-selected", 1) => $"[].concat({a[0]} === '' ? [] : {a[0]}).length",
        ("string-length", 1) => $"String({a[0]}).length",
        ("if", 3) => $"({a[0]} ? {a[1]} : {a[2]})",
        ("regex", 2) => $"new RegExp({a[1]}).test(String({a[0]}))",
        ("concat", > 0) => $"[{string.Join(", ", a)}].map(String).join('')",
        ("number", 1) => $"Number({a[0]})",
        ("string", 1) => $"String({a[0]})",
        ("int", 1) => $"Math.trunc(Number({a[0]}))",
        ("round", 1) => $"Math.round(Number({a[0]}))",
        ("coalesce", 2) => $"({a[0]} !== '' ? {a[0]} : {a[1]})",
        _ => throw Unsupported($"the function {name}() with {a.Count} argument(s) is not supported"),
    };

    private static string Member(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0]) ? "." + name : $"[{JsonSerializer.Serialize(name)}]";

    private static TranslationException Unsupported(string detail) => new(SurveyCodes.XlsFormExpressionUnsupported, detail);

    private enum TokenKind
    {
        Number,
        String,
        Reference,
        Self,
        Name,
        Operator,
        End,
    }

    private readonly record struct Token(TokenKind Kind, string Text);

    private static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '$' && i + 1 < source.Length && source[i + 1] == '{')
            {
                var end = source.IndexOf('}', i);
                if (end < 0)
                {
                    throw Unsupported("a ${ is not closed");
                }

                tokens.Add(new Token(TokenKind.Reference, source[(i + 2)..end].Trim()));
                i = end + 1;
            }
            else if (c is '\'' or '"')
            {
                var end = source.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw Unsupported("a string is not closed");
                }

                tokens.Add(new Token(TokenKind.String, source[(i + 1)..end]));
                i = end + 1;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])))
            {
                var start = i;
                while (i < source.Length && (char.IsAsciiDigit(source[i]) || source[i] == '.'))
                {
                    i++;
                }

                var text = source[start..i];
                if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                {
                    throw Unsupported($"'{text}' is not a number");
                }

                tokens.Add(new Token(TokenKind.Number, text.StartsWith('.') ? "0" + text : text));
            }
            else if (c == '.' && !(i + 1 < source.Length && source[i + 1] == '.'))
            {
                tokens.Add(new Token(TokenKind.Self, "."));
                i++;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] is '_' or '-' or '.' or ':'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Name, source[start..i]));
            }
            else
            {
                var two = i + 1 < source.Length ? source.Substring(i, 2) : string.Empty;
                if (two is "!=" or "<=" or ">=")
                {
                    tokens.Add(new Token(TokenKind.Operator, two));
                    i += 2;
                }
                else if (c is '=' or '<' or '>' or '+' or '-' or '*' or '(' or ')' or ',')
                {
                    tokens.Add(new Token(TokenKind.Operator, c.ToString()));
                    i++;
                }
                else
                {
                    throw Unsupported($"the character '{c}' cannot be translated");
                }
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty));
        return tokens;
    }
}

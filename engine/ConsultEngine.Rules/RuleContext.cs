using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Rules;

/// <summary>
/// What a script may read: <c>vars</c> (the instance's variables), <c>steps</c> (step id → output),
/// <c>tools</c> (tool results), <c>output</c> (the output being checked), and for tools' scripts
/// <c>answers</c> and <c>self</c>. The JSON is copied when
/// the context is made, so later changes to the nodes passed in are not seen, and one context can be
/// evaluated from many threads. Scripts see it deep-frozen: a write throws. Reusing one context for
/// several evaluations lets each thread's engine convert it once.
/// </summary>
public sealed class RuleContext
{
    public static RuleContext Empty { get; } = new();

    public RuleContext(JsonNode? vars = null, JsonNode? steps = null, JsonNode? tools = null, JsonNode? output = null)
        : this(vars, steps, tools, output, null, null)
    {
    }

    /// <summary>A context for a tool's script: <c>answers</c> (the answers given so far) and <c>self</c> (the value being checked) besides the others.</summary>
    public RuleContext(JsonNode? vars, JsonNode? steps, JsonNode? tools, JsonNode? output, JsonNode? answers, JsonNode? self)
    {
        Answers = Snapshot(answers);
        Self = Snapshot(self);
        Vars = Snapshot(vars);
        Steps = Snapshot(steps);
        Tools = Snapshot(tools);
        Output = Snapshot(output);
    }

    /// <summary>A tool script's context from values that are JSON already (no text round trip).</summary>
    internal RuleContext(JsonElement? vars, JsonElement? answers, JsonElement? self)
    {
        Vars = Own(vars);
        Answers = Own(answers);
        Self = Own(self);
    }

    internal JsonElement? Vars { get; }

    internal JsonElement? Steps { get; }

    internal JsonElement? Tools { get; }

    internal JsonElement? Output { get; }

    internal JsonElement? Answers { get; }

    internal JsonElement? Self { get; }

    private static JsonElement? Own(JsonElement? element) =>
        element is { ValueKind: not JsonValueKind.Undefined } value ? value.Clone() : null;

    // A JsonNode is not safe to read from two threads at once (it materialises lazily); a cloned
    // JsonElement is immutable.
    private static JsonElement? Snapshot(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}

using System.Text.Json;

namespace ConsultEngine.Abstractions;

/// <summary>
/// The read-only values a tool's script sees: <c>answers</c> (the answers given so far, an object),
/// <c>self</c> (the value being checked, for constraints), <c>vars</c> (the instance's variables).
/// </summary>
public sealed record ToolScriptScope(JsonElement Answers, JsonElement? Self = null, JsonElement? Variables = null);

/// <summary>
/// Runs a tool's JavaScript (skip logic, constraints, computed values) in the engine's sandbox: strict
/// mode, no access to the host, bounded in time, memory and statements. Scripts are expressions or
/// statement lists whose last value is the result.
/// </summary>
public interface IToolScripts
{
    /// <summary>The syntax error of <paramref name="script"/> ("line:column message"), or <see langword="null"/> if it parses.</summary>
    string? Check(string script);

    /// <summary>The script's value as JSON (<see langword="null"/> for <c>null</c>/<c>undefined</c>).</summary>
    /// <exception cref="ToolException">The script does not parse or faulted (CE9106), with the sandbox's code in the message.</exception>
    JsonElement? Evaluate(string script, ToolScriptScope scope);

    /// <summary>The JavaScript truthiness of the script's value.</summary>
    /// <exception cref="ToolException">The script does not parse or faulted (CE9106).</exception>
    bool Test(string script, ToolScriptScope scope);
}

/// <summary>
/// Turns a personal identifier (a phone number, a citizen ID number) into a keyed hash, so that a
/// tool can recognise the same person again without storing who they are. The key is the host's
/// secret, kept outside the database; the same identifier always gives the same hash within one
/// installation and purpose, and nothing can be recovered from the hash without the key.
/// </summary>
public interface IIdentifierHasher
{
    /// <summary>
    /// The keyed hash (hex) of <paramref name="identifier"/> for <paramref name="purpose"/> (such as
    /// <c>poll:phone</c>). The identifier is normalised first: spaces, dots and hyphens removed, and a
    /// Vietnamese phone number's <c>+84</c> written as <c>0</c>.
    /// </summary>
    string Hash(string purpose, string identifier);
}

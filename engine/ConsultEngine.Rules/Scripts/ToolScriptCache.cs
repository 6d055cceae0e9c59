using System.Collections.Concurrent;
using ConsultEngine.Rules.Native;

namespace ConsultEngine.Rules.Scripts;

/// <summary>
/// Tools' scripts by source text, parsed once, and compiled natively when they are in the subset
/// (<see cref="NativeCompiler"/>). Sources come from questionnaires, not from code: the cache is bound
/// instead of growing with every import.
/// </summary>
internal sealed class ToolScriptCache
{
    internal const int MaxScripts = 4096;

    private readonly ConcurrentDictionary<string, RuleScript> _scripts = new(StringComparer.Ordinal);

    /// <exception cref="RuleFaultException">The script does not parse (CE4001).</exception>
    public RuleScript Get(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_scripts.TryGetValue(source, out var known))
        {
            return known;
        }

        if (_scripts.Count >= MaxScripts)
        {
            _scripts.Clear();
        }

        var name = source.Length <= 40 ? source : source[..40] + "…";
        var parsed = ScriptPreparer.Prepare(ScriptIdentity.ForTool(name), source);
        var script = new RuleScript(parsed.Identity, parsed.Prepared, NativeCompiler.TryCompile(parsed.Prepared.Program!));
        return _scripts.GetOrAdd(source, script);
    }

    /// <summary>How many scripts are kept (tests check the bound).</summary>
    public int Count => _scripts.Count;
}

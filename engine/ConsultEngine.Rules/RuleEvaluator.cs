using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Rules.Conversion;
using ConsultEngine.Rules.Sandbox;
using ConsultEngine.Rules.Scripts;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace ConsultEngine.Rules;

/// <summary>
/// Evaluates the JavaScript of process definitions — named rules, step guards, step checks — in a
/// sandbox: strict mode, no CLR, no <c>eval</c>, frozen intrinsics, a read-only context, and the
/// bounds of <see cref="RuleLimits"/>. Safe to share between threads (register it as a singleton):
/// scripts are parsed once per definition version and shared, each thread evaluates on its own
/// engine. Every failure is a <see cref="RuleFaultException"/>; the same inputs always give the same
/// result.
/// </summary>
public sealed class RuleEvaluator : IDisposable
{
    private readonly ConcurrentDictionary<(string Id, int Version), PreparedRules> _prepared = new();
    private readonly ConditionalWeakTable<ProcessDefinition, PreparedRules> _byInstance = [];
    private readonly SandboxPool _sandboxes;
    private readonly ToolScriptCache _toolScripts = new();

    public RuleEvaluator(RuleLimits? limits = null)
    {
        Limits = limits ?? RuleLimits.Default;
        Limits.Validate();
        _sandboxes = new SandboxPool(Limits);
    }

    public RuleLimits Limits { get; }

    /// <summary>
    /// Parses every rule, guard and check of <paramref name="definition"/>, once per id and version:
    /// later calls return the cached result unless the scripts changed (a draft edited in place).
    /// The same definition object is answered without hashing again: definitions are immutable
    /// records, so do not change the dictionary behind <see cref="ProcessDefinition.Rules"/> in place.
    /// </summary>
    /// <exception cref="RuleFaultException">A script does not parse (CE4001).</exception>
    public PreparedRules Prepare(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_byInstance.TryGetValue(definition, out var same))
        {
            return same;
        }

        var key = (definition.Id, definition.Version);
        var hash = DefinitionPreparer.ContentHash(definition);
        if (!_prepared.TryGetValue(key, out var prepared) || prepared.ContentHash != hash)
        {
            prepared = DefinitionPreparer.Prepare(definition, hash);
            _prepared[key] = prepared;
        }

        _byInstance.AddOrUpdate(definition, prepared);
        return prepared;
    }

    /// <summary>The value of the named rule, as JSON (<see langword="null"/> for <c>null</c> or <c>undefined</c>).</summary>
    /// <exception cref="RuleFaultException">The rule does not exist, faulted, or its value is not JSON.</exception>
    public JsonNode? EvaluateRule(PreparedRules rules, string name, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(name);
        var script = rules.Rules.GetValueOrDefault(name)
            ?? throw Unknown(ScriptIdentity.ForRule(rules.DefinitionId, rules.DefinitionVersion, name), $"The definition has no rule '{name}'.");
        return Run(rules, script, context, ReadJson);
    }

    /// <summary>Whether the step runs: the JavaScript truthiness of its <c>when</c> guard; a step without one always runs.</summary>
    /// <exception cref="RuleFaultException">The step does not exist, or its guard faulted.</exception>
    public bool EvaluateGuard(PreparedRules rules, string stepId, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(stepId);
        if (rules.Guards.GetValueOrDefault(stepId) is not { } script)
        {
            return rules.StepIds.Contains(stepId)
                ? true
                : throw Unknown(ScriptIdentity.ForGuard(rules.DefinitionId, rules.DefinitionVersion, stepId), $"The definition has no step '{stepId}'.");
        }

        return Run(rules, script, context, static (_, value, _) => TypeConverter.ToBoolean(value));
    }

    /// <summary>
    /// Runs every <c>validate</c> check of the step over the context (with <c>output</c> the submitted
    /// output) and returns the failure messages, empty when all pass. A check passes by returning
    /// <c>true</c> and fails with the string it returns; any other value fails with a generic message.
    /// </summary>
    /// <exception cref="RuleFaultException">The step does not exist, or a check faulted.</exception>
    public IReadOnlyList<string> RunChecks(PreparedRules rules, string stepId, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(stepId);
        if (rules.Checks.GetValueOrDefault(stepId) is not { } checks)
        {
            return rules.StepIds.Contains(stepId)
                ? []
                : throw Unknown(ScriptIdentity.ForCheck(rules.DefinitionId, rules.DefinitionVersion, stepId, 0), $"The definition has no step '{stepId}'.");
        }

        var failures = new List<string>();
        foreach (var check in checks)
        {
            if (Run(rules, check, context, ReadCheck) is { } message)
            {
                failures.Add(message);
            }
        }

        return failures;
    }

    /// <summary>
    /// The value of a consultation tool's script (a survey's skip logic, constraint or calculation) as
    /// JSON, in the same sandbox and limits as definitions' rules. The script reads <c>answers</c>,
    /// <c>self</c> and <c>vars</c> from <paramref name="context"/>; it has no <c>rules</c>. Scripts are
    /// parsed once per source text and shared; one that is an expression of the native subset is evaluated over
    /// the context's JSON without an engine, with the value Jint would give (<see cref="Native.NativeCompiler"/>).
    /// </summary>
    /// <exception cref="RuleFaultException">The script does not parse, faulted, or its value is not JSON.</exception>
    public JsonNode? EvaluateToolScript(string source, RuleContext context)
    {
        var script = PrepareTool(source);
        ArgumentNullException.ThrowIfNull(context);
        var started = Telemetry.RuleTelemetry.Start();
        if (NativeToolScripts && script.Native is { } native && native.TryEvaluate(context, out var value))
        {
            Telemetry.RuleTelemetry.Evaluated(RuleScriptKind.Tool, started);
            return value;
        }

        return Run(PreparedRules.None, script, context, ReadJson);
    }

    /// <summary>The JavaScript truthiness of a tool's script (see <see cref="EvaluateToolScript"/>).</summary>
    /// <exception cref="RuleFaultException">The script does not parse or faulted.</exception>
    public bool TestToolScript(string source, RuleContext context)
    {
        var script = PrepareTool(source);
        ArgumentNullException.ThrowIfNull(context);
        var started = Telemetry.RuleTelemetry.Start();
        if (NativeToolScripts && script.Native is { } native && native.TryTest(context, out var truthy))
        {
            Telemetry.RuleTelemetry.Evaluated(RuleScriptKind.Tool, started);
            return truthy;
        }

        return Run(PreparedRules.None, script, context, static (_, value, _) => TypeConverter.ToBoolean(value));
    }

    /// <summary>
    /// Whether a tool's script in the native subset is evaluated over the context's JSON without an engine
    /// (<see cref="Native.NativeCompiler"/>); when the native path cannot be sure of JavaScript's answer it asks Jint
    /// anyway. Tests and benchmarks turn it off to compare with Jint alone.
    /// </summary>
    internal bool NativeToolScripts { get; init; } = true;

    /// <summary>The tool script's native form, or <see langword="null"/> when it is not in the subset (tests read it).</summary>
    internal Native.NativeExpression? NativeToolScript(string source) => PrepareTool(source).Native;

    /// <summary>Why a tool's script does not parse, or <see langword="null"/> when it does.</summary>
    public string? CheckToolScript(string source)
    {
        try
        {
            PrepareTool(source);
            return null;
        }
        catch (RuleFaultException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// Builds the calling thread's engine and runs every kind of script once, so that the first
    /// real evaluation does not pay for JIT compilation (about half a second for the first engine of
    /// a process). Hosts call it while starting; the warmed engine is then lent to whichever thread
    /// evaluates (<see cref="SandboxPool"/>).
    /// </summary>
    public void WarmUp() => RuleWarmUp.Run(this);

    public void Dispose() => _sandboxes.Dispose();

    /// <summary>The sandbox the calling thread would evaluate on next (tests read how many engines it built).</summary>
    internal RuleSandbox CurrentSandbox => _sandboxes.Peek();

    private T Run<T>(PreparedRules rules, RuleScript script, RuleContext context, Func<Jint.Engine, JsValue, ScriptIdentity, T> read)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Telemetry.RuleTelemetry.Start();
        var sandbox = _sandboxes.Rent();
        try
        {
            return sandbox.Run(rules, script, context, read);
        }
        catch (RuleFaultException fault)
        {
            Telemetry.RuleTelemetry.Faulted(script.Identity.Kind, fault.Code);
            throw;
        }
        finally
        {
            _sandboxes.Return(sandbox);
            Telemetry.RuleTelemetry.Evaluated(script.Identity.Kind, started);
        }
    }

    private RuleScript PrepareTool(string source) => _toolScripts.Get(source);

    private static RuleFaultException Unknown(ScriptIdentity identity, string detail) =>
        new(DiagnosticCodes.RuleUnknownScript, identity, detail);

    private static JsonNode? ReadJson(Jint.Engine engine, JsValue value, ScriptIdentity identity) =>
        JsToJson.TryConvert(engine, value, out var json, out var problem)
            ? json
            : throw new RuleFaultException(DiagnosticCodes.RuleResultNotJson, identity, $"The value is not JSON: {problem}.");

    private static string? ReadCheck(Jint.Engine engine, JsValue value, ScriptIdentity identity) => value switch
    {
        _ when value.IsBoolean() && value.AsBoolean() => null,
        _ when value.IsString() && value.AsString().Length > 0 => value.AsString(),
        _ => $"Check {identity.CheckIndex + 1} of step '{identity.StepId}' did not pass.",
    };
}

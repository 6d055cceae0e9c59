using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Rules.Scripts;
using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Runtime;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// One thread's engine and the state of the evaluation running on it. Never shared between threads
/// (an <see cref="Engine"/> used from two threads corrupts itself): the evaluator keeps one per
/// thread. An engine that a fault may have left half-way through something is thrown away and the
/// next evaluation builds a new one.
/// </summary>
internal sealed class RuleSandbox : IDisposable
{
    private readonly RuleLimits _limits;
    private readonly Dictionary<string, JsValue> _memo = new(StringComparer.Ordinal);
    private readonly List<string> _evaluating = [];
    private readonly ConvertedSlot _vars = new(nullWhenAbsent: false);
    private readonly ConvertedSlot _steps = new(nullWhenAbsent: false);
    private readonly ConvertedSlot _tools = new(nullWhenAbsent: false);
    private readonly ConvertedSlot _output = new(nullWhenAbsent: true);
    private readonly ConvertedSlot _answers = new(nullWhenAbsent: false);
    private readonly ConvertedSlot _self = new(nullWhenAbsent: true);
    private Engine? _engine;
    private ContextSlots? _slots;
    private OperationDeadlineConstraint? _deadline;
    private PreparedRules? _rules;
    private RuleContext? _boundContext;

    public RuleSandbox(RuleLimits limits) => _limits = limits;

    /// <summary>How many engines this sandbox has built (the first, and one after each damaging fault).</summary>
    public int EnginesCreated { get; private set; }

    /// <summary>Evaluates <paramref name="script"/> of <paramref name="rules"/> over <paramref name="context"/> and reads the value with <paramref name="read"/>.</summary>
    public T Run<T>(PreparedRules rules, RuleScript script, RuleContext context, Func<Engine, JsValue, ScriptIdentity, T> read)
    {
        if (_rules is not null)
        {
            throw new InvalidOperationException("A rule evaluation is already running on this thread.");
        }

        var engine = _engine ??= CreateEngine();
        Bind(engine, context);
        _rules = rules;
        if (script.Identity.Kind == RuleScriptKind.Rule)
        {
            _evaluating.Add(script.Identity.RuleName!);
        }

        JsValue value;
        _deadline!.Begin(_limits.Timeout);
        try
        {
            value = engine.Evaluate(script.Prepared);
        }
        catch (JavaScriptException ex)
        {
            // A JavaScript error unwinds through the interpreter's own handling: the engine is intact.
            throw Fault(ex, script.Identity);
        }
        catch (RuleFaultException)
        {
            Discard();
            throw;
        }
        catch (Exception ex)
        {
            // A limit, a host fault or an engine failure unwound through the interpreter from the
            // middle of something: do not trust the engine again.
            Discard();
            throw Fault(ex, script.Identity);
        }
        finally
        {
            _deadline?.End();
            _rules = null;
            _memo.Clear();
            _evaluating.Clear();
        }

        return read(engine, value, script.Identity);
    }

    public void Dispose() => Discard();

    private static RuleFaultException Fault(Exception exception, ScriptIdentity identity)
    {
        var (code, detail) = FaultClassifier.Classify(exception);
        return new RuleFaultException(code, identity, detail, exception as JavaScriptException is null ? exception : null);
    }

    private Engine CreateEngine()
    {
        var (engine, slots) = JintEngineFactory.CreateSandboxed(_limits, new RulesProxyHandler(EvaluateNested));
        _slots = slots;
        _deadline = engine.Constraints.Find<OperationDeadlineConstraint>();
        EnginesCreated++;
        return engine;
    }

    private void Discard()
    {
        _engine?.Dispose();
        _engine = null;
        _slots = null;
        _deadline = null;
        _boundContext = null;
        _vars.Clear();
        _steps.Clear();
        _tools.Clear();
        _output.Clear();
        _answers.Clear();
        _self.Clear();
    }

    /// <summary>
    /// Converts the context into this engine's values once, and again only when another context comes; even then
    /// a slot whose JSON is the same as last time keeps its value (<see cref="ConvertedSlot"/>).
    /// </summary>
    private void Bind(Engine engine, RuleContext context)
    {
        if (ReferenceEquals(context, _boundContext))
        {
            return;
        }

        // Forgotten first, so that a conversion that fails half-way is not taken for a bound context.
        _boundContext = null;
        _slots!.Set(
            _vars.Get(engine, context.Vars),
            _steps.Get(engine, context.Steps),
            _tools.Get(engine, context.Tools),
            _output.Get(engine, context.Output),
            _answers.Get(engine, context.Answers),
            _self.Get(engine, context.Self));
        _boundContext = context;
    }

    /// <summary><c>rules.name</c>: the named rule of the running definition, evaluated at most once per evaluation.</summary>
    private JsValue EvaluateNested(string name)
    {
        var rules = _rules ?? throw new SandboxFault(DiagnosticCodes.RuleSandboxViolation, "Rules can only be read while an evaluation runs.");
        if (_memo.TryGetValue(name, out var known))
        {
            return known;
        }

        var identity = ScriptIdentity.ForRule(rules.DefinitionId, rules.DefinitionVersion, name);
        if (!rules.Rules.TryGetValue(name, out var script))
        {
            throw new RuleFaultException(DiagnosticCodes.RuleUnknownScript, identity, $"The definition has no rule '{name}'.");
        }

        if (_evaluating.Contains(name))
        {
            var cycle = string.Join(" → ", _evaluating.SkipWhile(n => n != name).Append(name));
            throw new RuleFaultException(DiagnosticCodes.RuleCycle, identity, $"The rules use each other in a cycle: {cycle}.");
        }

        _evaluating.Add(name);
        try
        {
            var value = _engine!.Evaluate(script.Prepared);
            _memo[name] = value;
            return value;
        }
        catch (RuleFaultException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw Fault(ex, identity);
        }
        finally
        {
            _evaluating.RemoveAt(_evaluating.Count - 1);
        }
    }
}

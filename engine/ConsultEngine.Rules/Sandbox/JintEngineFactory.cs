using System.Globalization;
using ConsultEngine.Definitions.Diagnostics;
using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// The one place a Jint <see cref="Engine"/> is created. Every engine runs strict, without CLR
/// access (interop is never enabled, no assembly is allowed) and without string compilation
/// (<c>eval</c>, <c>new Function</c>, <c>ShadowRealm.evaluate</c>), under all of
/// <see cref="RuleLimits"/>.
/// </summary>
internal static class JintEngineFactory
{
    // Globals some hosts give their scripts. Here they are getters that end the evaluation with a
    // sandbox violation, so that an attempt is reported as what it is instead of a ReferenceError.
    private static readonly string[] HostNames = ["System", "importNamespace", "require", "clrHelper", "host", "process", "Packages", "java", "module", "exports"];

    // Globals a rule has no use for and that would make it depend on the garbage collector or on
    // other agents: WeakRef and FinalizationRegistry observe collection; Atomics and
    // SharedArrayBuffer exist for workers; ShadowRealm builds a realm whose intrinsics are not frozen.
    private static readonly string[] RemovedGlobals = ["WeakRef", "FinalizationRegistry", "Atomics", "SharedArrayBuffer", "ShadowRealm"];

    /// <summary>
    /// An engine with every option and limit but none of the sandbox's changes to its realm. Only
    /// <see cref="CreateSandboxed"/> and the benchmark of the naive path (a fresh engine per
    /// evaluation) use it.
    /// </summary>
    public static Engine CreateBare(RuleLimits limits) => new(options =>
    {
        options.Strict = true;
        options.DisableStringCompilation();
        options.Culture = CultureInfo.InvariantCulture;
        options.TimeSystem = DeterministicTimeSystem.Instance;
        options.AgentCanSuspend = false;

        options.TimeoutInterval(limits.Timeout);
        options.MaxStatements(limits.MaxStatements);
        options.LimitMemory(limits.MaxMemoryBytes);
        options.LimitRecursion(limits.MaxRecursion);
        options.Constraints.MaxArraySize = (uint)limits.MaxArrayLength;
        options.Constraints.RegexTimeout = limits.RegexTimeout;

        // Measures the native stack at every entry into a function, whatever the route (call, new,
        // getter, coercion, proxy trap, callback): unbounded recursion becomes a RangeError instead
        // of ending the process. MaxExecutionStackCount is left unset on purpose: setting it selects
        // an older probe that only sees call expressions, and it takes precedence over this guard.
        options.Constraints.StackOverflowGuard = true;

        // TimeoutInterval is rearmed by the engine at every top-level entry; this deadline spans the
        // whole evaluation, nested rules included, and is armed by the sandbox.
        options.Constraint(() => new OperationDeadlineConstraint());
    });

    /// <summary>
    /// An engine for rules: <see cref="CreateBare"/> plus the context globals (<c>vars</c>,
    /// <c>steps</c>, <c>tools</c>, <c>output</c>, whose values the sandbox sets before each
    /// evaluation through the returned <see cref="ContextSlots"/>; <c>rules</c> as a proxy answered by
    /// <paramref name="rules"/>), length-capped string builders, no clock and no <c>Math.random</c>,
    /// host names that fault, and then every intrinsic and the global object frozen.
    /// </summary>
    public static (Engine Engine, ContextSlots Context) CreateSandboxed(RuleLimits limits, ProxyHandler rules)
    {
        var engine = CreateBare(limits);
        var global = engine.Global;

        foreach (var name in RemovedGlobals)
        {
            global.Delete(name);
        }

        var math = (ObjectInstance)global.Get("Math");
        math.DefineOwnProperty("random", Method(engine, "random", static (_, _) =>
            throw new SandboxFault(DiagnosticCodes.RuleSandboxViolation, "Math.random is not available: a rule must give the same answer every time.")));

        StringGuards.Install(engine, limits);

        // Intl.ListFormat's format joins its list in native code with no bound on the result.
        if (global.Get("Intl") is ObjectInstance intl)
        {
            intl.Delete("ListFormat");
        }

        foreach (var name in HostNames)
        {
            var getter = new ClrFunction(engine, name, (_, _) =>
                throw new SandboxFault(DiagnosticCodes.RuleSandboxViolation, $"'{name}' is host access, which rules do not have."));
            global.DefineOwnProperty(name, new GetSetPropertyDescriptor(getter, JsValue.Undefined, enumerable: false, configurable: false));
        }

        foreach (var name in ContextSlots.Names)
        {
            global.DefineOwnProperty(name, new PropertyDescriptor(JsValue.Undefined, writable: false, enumerable: true, configurable: false));
        }

        var proxy = engine.Advanced.CreateProxy(new JsObject(engine), rules);
        global.DefineOwnProperty("rules", new PropertyDescriptor(proxy, writable: false, enumerable: true, configurable: false));

        IntrinsicsFreezer.FreezeAll(engine, proxy);
        return (engine, new ContextSlots(global));
    }

    private static PropertyDescriptor Method(Engine engine, string name, Func<JsValue, JsValue[], JsValue> body) =>
        new(new ClrFunction(engine, name, body, 0, PropertyFlag.Configurable), writable: true, enumerable: false, configurable: true);
}

using ConsultEngine.Definitions.Diagnostics;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// The traps of the global <c>rules</c> object: reading <c>rules.name</c> evaluates that rule of the
/// running definition (once per evaluation); a write, definition, deletion, freeze or change of
/// prototype ends the evaluation with a sandbox violation.
/// </summary>
internal sealed class RulesProxyHandler(Func<string, JsValue> evaluate) : ProxyHandler
{
    public override JsValue Get(ObjectInstance target, JsValue property, JsValue receiver) =>
        property.IsString() ? evaluate(property.AsString()) : JsValue.Undefined;

    public override bool? Set(ObjectInstance target, JsValue property, JsValue value, JsValue receiver) => Refuse();

    public override bool? DefineProperty(ObjectInstance target, JsValue property, PropertyDescriptor descriptor) => Refuse();

    public override bool? DeleteProperty(ObjectInstance target, JsValue property) => Refuse();

    public override bool? PreventExtensions(ObjectInstance target) => Refuse();

    public override bool? SetPrototypeOf(ObjectInstance target, JsValue prototype) => Refuse();

    private static bool? Refuse() =>
        throw new SandboxFault(DiagnosticCodes.RuleSandboxViolation, "The rules object is read-only.");
}

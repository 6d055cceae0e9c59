using System.Text.RegularExpressions;
using ConsultEngine.Definitions.Diagnostics;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>Says which rule fault an exception out of Jint (or out of the sandbox's own functions) is.</summary>
internal static class FaultClassifier
{
    // The TypeErrors Jint raises in strict mode for a write to a frozen object or to the frozen
    // global object. Jint gives them no code of their own, so the message is all there is.
    private static readonly string[] FrozenWriteMessages =
    [
        "Cannot assign to read only property",
        "Cannot add property",
        "Cannot define property",
        "Cannot redefine property",
        "Cannot delete property",
        "Cannot define global variable",
        "Cannot declare global function",
        "Cannot declare global variable",
        "Cannot create property",
        "is not extensible",
        "Invalid prototype",
    ];

    public static (DiagnosticDescriptor Code, string Detail) Classify(Exception exception) => exception switch
    {
        SandboxFault fault => (fault.Descriptor, fault.Message),
        JavaScriptException script => ClassifyScriptError(script.Error),
        // Before TimeoutException, which it derives from.
        RegexMatchTimeoutException => (DiagnosticCodes.RuleRegexTimeout, "A regular expression ran past its time limit."),
        TimeoutException or OperationCanceledException or ExecutionCanceledException =>
            (DiagnosticCodes.RuleTimeout, "The evaluation ran past its time limit."),
        StatementsCountOverflowException => (DiagnosticCodes.RuleStatementLimit, "The evaluation executed more statements than its limit."),
        MemoryLimitExceededException or OutOfMemoryException => (DiagnosticCodes.RuleMemoryLimit, exception.Message),
        RecursionDepthOverflowException or InsufficientExecutionStackException =>
            (DiagnosticCodes.RuleRecursionLimit, "The evaluation nested calls deeper than its limit."),
        _ => (DiagnosticCodes.RuleScriptThrew, $"The JavaScript engine failed: {exception.GetType().Name}: {exception.Message}"),
    };

    private static (DiagnosticDescriptor, string) ClassifyScriptError(JsValue error)
    {
        var name = DataProperty(error, "name");
        var message = DataProperty(error, "message") ?? (error.IsObject() ? null : Describe(error));
        var text = name is null ? message ?? "(no message)" : $"{name}: {message}";
        return (name, message) switch
        {
            ("RangeError", "Maximum call stack size exceeded") => (DiagnosticCodes.RuleRecursionLimit, text),
            ("RangeError", "Invalid string length") => (DiagnosticCodes.RuleMemoryLimit, text),
            (_, { } m) when m.Contains("String compilation has been disabled", StringComparison.Ordinal) =>
                (DiagnosticCodes.RuleSandboxViolation, text),
            // Jint gives no message for an assignment to a read-only global binding (vars = {}).
            ("TypeError", "") => (DiagnosticCodes.RuleSandboxViolation, text),
            ("TypeError", { } m) when FrozenWriteMessages.Any(p => m.Contains(p, StringComparison.Ordinal)) =>
                (DiagnosticCodes.RuleSandboxViolation, text),
            _ => (DiagnosticCodes.RuleScriptThrew, text),
        };
    }

    /// <summary>
    /// A property read that runs no script: the error came from a failed evaluation, and a getter
    /// on it (<c>throw { get message() { while (true) {} } }</c>) would run outside every limit.
    /// </summary>
    private static string? DataProperty(JsValue value, string name)
    {
        for (var target = value as ObjectInstance; target is not null && !IsProxy(target); target = target.Prototype)
        {
            var descriptor = target.GetOwnProperty(name);
            if (descriptor.IsAccessorDescriptor())
            {
                return null;
            }

            if (descriptor != Jint.Runtime.Descriptors.PropertyDescriptor.Undefined)
            {
                return descriptor.Value.IsString() ? descriptor.Value.AsString() : null;
            }
        }

        return null;
    }

    // Jint's proxy type is internal; reading a proxy's properties or prototype runs its traps.
    private static bool IsProxy(ObjectInstance target) => target.GetType().Name == "JsProxy";

    private static string Describe(JsValue primitive) =>
        primitive.IsString() ? primitive.AsString() : primitive.Type is Types.Number or Types.Boolean ? primitive.ToString() : primitive.Type.ToString();
}

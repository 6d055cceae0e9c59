using Acornima.Ast;
using ConsultEngine.Rules.Native;
using Jint;

namespace ConsultEngine.Rules.Scripts;

/// <summary>One script of a definition, parsed once and shared by every engine on every thread.</summary>
internal sealed class RuleScript(ScriptIdentity identity, Prepared<Script> prepared, NativeExpression? native = null)
{
    public ScriptIdentity Identity { get; } = identity;

    /// <summary>Thread-safe: <see cref="Engine.PrepareScript"/> output is immutable and engine-independent.</summary>
    public Prepared<Script> Prepared { get; } = prepared;

    /// <summary>A tool's script that is one expression of the native subset, compiled (<see cref="NativeCompiler"/>); otherwise <see langword="null"/>.</summary>
    public NativeExpression? Native { get; } = native;
}

using Acornima.Ast;
using Jint;

namespace ConsultEngine.Rules.Scripts;

/// <summary>One script of a definition, parsed once and shared by every engine on every thread.</summary>
internal sealed class RuleScript(ScriptIdentity identity, Prepared<Script> prepared)
{
    public ScriptIdentity Identity { get; } = identity;

    /// <summary>Thread-safe: <see cref="Engine.PrepareScript"/> output is immutable and engine-independent.</summary>
    public Prepared<Script> Prepared { get; } = prepared;
}

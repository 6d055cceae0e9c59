namespace ConsultEngine;

/// <summary>
/// The root of every exception ConsultEngine throws on purpose — the engine's, the host's and the
/// tools' (<see cref="Abstractions.ToolException"/>). Leaves are sealed and carry data (definition
/// id, version, step id, problems) rather than prose a caller would have to parse. It lives in the
/// SDK so that a tool's refusal is one of them; the definition language forwards its old name here.
/// </summary>
public abstract class ConsultEngineException : Exception
{
    protected ConsultEngineException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The stable code of the failure (<c>CE####</c>), the same one a diagnostic would carry.</summary>
    public abstract string Code { get; }

    /// <summary>
    /// What kind of failure it is, which decides how a host answers it (an HTTP status, an exit code):
    /// the kind its code's catalogue declares (<see cref="FailureKinds"/>).
    /// </summary>
    public virtual FailureKind Kind => FailureKinds.Of(Code);
}

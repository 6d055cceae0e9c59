namespace ConsultEngine;

/// <summary>
/// The root of every exception ConsultEngine throws on purpose. Leaves are sealed and carry data
/// (definition id, version, step id, diagnostics) rather than prose a caller would have to parse.
/// </summary>
public abstract class ConsultEngineException : Exception
{
    protected ConsultEngineException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The stable code of the failure (<c>CE####</c>), the same one a diagnostic would carry.</summary>
    public abstract string Code { get; }
}

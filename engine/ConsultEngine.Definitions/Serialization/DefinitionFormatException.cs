namespace ConsultEngine.Definitions;

/// <summary>A document could not be read as a definition at all (the validator reports the details as diagnostics).</summary>
public sealed class DefinitionFormatException : ConsultEngineException
{
    internal DefinitionFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public override string Code => Diagnostics.DiagnosticCodes.ModelBindingFailed.Code;
}

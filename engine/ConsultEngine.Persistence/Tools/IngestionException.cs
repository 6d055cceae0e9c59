namespace ConsultEngine.Persistence.Tools;

/// <summary>The ingestion writer cannot take or store a submission now (CE8065 backed up or stopped, CE8066 the database is full): a host answers 503.</summary>
public sealed class IngestionException : ConsultEngineException
{
    public IngestionException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public override string Code { get; }
}

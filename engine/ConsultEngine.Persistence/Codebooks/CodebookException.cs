namespace ConsultEngine.Persistence.Codebooks;

/// <summary>A refused change or read of a consultation's codebook; <see cref="Code"/> is one of <see cref="CodebookCodes"/>.</summary>
public sealed class CodebookException : ConsultEngineException
{
    public CodebookException(string code, string message, Guid? instanceId = null, string? subject = null)
        : base(message)
    {
        Code = code;
        InstanceId = instanceId;
        Subject = subject;
    }

    public override string Code { get; }

    public Guid? InstanceId { get; }

    /// <summary>What the refusal is about: a theme id, an opinion id.</summary>
    public string? Subject { get; }
}

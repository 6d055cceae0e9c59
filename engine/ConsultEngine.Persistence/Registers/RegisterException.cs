namespace ConsultEngine.Persistence.Registers;

/// <summary>A refused change or read of a register; <see cref="Code"/> is one of <see cref="RegisterCodes"/>.</summary>
public sealed class RegisterException : ConsultEngineException
{
    public RegisterException(string code, string message, Guid? instanceId = null, string? subject = null)
        : base(message)
    {
        Code = code;
        InstanceId = instanceId;
        Subject = subject;
    }

    public override string Code { get; }

    public Guid? InstanceId { get; }

    /// <summary>What the refusal is about: an opinion, recommendation or decision id, a theme or input id.</summary>
    public string? Subject { get; }
}

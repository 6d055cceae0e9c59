namespace ConsultEngine.Hosting.Privacy;

/// <summary>A refused request about personal data; <see cref="Code"/> is one of <see cref="ErasureCodes"/>.</summary>
public sealed class PrivacyException : ConsultEngineException
{
    public PrivacyException(string code, string message, Guid? instanceId = null)
        : base(message)
    {
        Code = code;
        InstanceId = instanceId;
    }

    public override string Code { get; }

    public Guid? InstanceId { get; }
}

namespace ConsultEngine.Persistence.Feedback;

/// <summary>A refused request about feedback to citizens; <see cref="Code"/> is one of <see cref="FeedbackCodes"/>.</summary>
public sealed class FeedbackException : ConsultEngineException
{
    public FeedbackException(string code, string message, Guid? instanceId = null, string? field = null)
        : base(message)
    {
        Code = code;
        InstanceId = instanceId;
        Field = field;
    }

    public override string Code { get; }

    public Guid? InstanceId { get; }

    /// <summary>The field of the request the refusal is about (<c>channel</c>, <c>contact</c>, <c>language</c>), when there is one.</summary>
    public string? Field { get; }
}

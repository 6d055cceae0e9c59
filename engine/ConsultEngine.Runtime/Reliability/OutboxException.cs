namespace ConsultEngine.Runtime.Reliability;

/// <summary>A refused command on the outbox (an unknown message, a retry of a message not dead-lettered).</summary>
public sealed class OutboxException : ConsultEngineException
{
    public OutboxException(string code, Guid messageId, string message)
        : base(message)
    {
        Code = code;
        MessageId = messageId;
    }

    public override string Code { get; }

    public Guid MessageId { get; }
}

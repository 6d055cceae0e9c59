namespace ConsultEngine.Runtime.Outbox;

/// <summary>
/// A sender's coded refusal to deliver a message. <see cref="Permanent"/> tells the dispatcher that
/// trying again cannot help (a recipient refused for good, a payload no sender can read): the
/// message is dead-lettered at once instead of after every attempt. The message text must not hold
/// the payload or an address: only the code and the exception type are kept.
/// </summary>
public sealed class OutboxDeliveryException : ConsultEngineException
{
    public OutboxDeliveryException(string code, bool permanent, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Permanent = permanent;
    }

    public override string Code { get; }

    public bool Permanent { get; }
}

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// A console refusal with its code (<see cref="ConsoleCodes"/>, or the engine's code it stands for) and the
/// JSON Pointer it concerns. Its HTTP status is its code's kind (<see cref="ConsultEngine.Web.Api.FailureStatus"/>).
/// </summary>
public sealed class ConsoleException : ConsultEngineException
{
    internal ConsoleException(string code, string message, string? pointer = null)
        : base(message)
    {
        Code = code;
        JsonPointer = pointer;
    }

    public override string Code { get; }

    public string? JsonPointer { get; }

    internal static ConsoleException Invalid(string message, string? pointer = null) => new(ConsoleCodes.BadRequest, message, pointer);
}

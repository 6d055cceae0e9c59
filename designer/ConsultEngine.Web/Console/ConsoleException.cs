namespace ConsultEngine.Web.StaffConsole;

/// <summary>A console refusal with its code (<see cref="ConsoleCodes"/>), the HTTP status it answers with, and the JSON JsonPointer it concerns.</summary>
public sealed class ConsoleException : ConsultEngineException
{
    internal ConsoleException(string code, int status, string message, string? pointer = null)
        : base(message)
    {
        Code = code;
        Status = status;
        JsonPointer = pointer;
    }

    public override string Code { get; }

    public int Status { get; }

    public string? JsonPointer { get; }

    internal static ConsoleException Forbidden(string code, string message) => new(code, StatusCodes.Status403Forbidden, message);

    internal static ConsoleException Invalid(string message, string? pointer = null) => new(ConsoleCodes.BadRequest, StatusCodes.Status400BadRequest, message, pointer);
}

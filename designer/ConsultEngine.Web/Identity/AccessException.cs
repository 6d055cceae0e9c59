namespace ConsultEngine.Web.Identity;

/// <summary>A refusal of account administration with its code (<see cref="AccessCodes"/>); its HTTP status is its code's kind.</summary>
public sealed class AccessException : ConsultEngineException
{
    internal AccessException(string code, string message)
        : base(message) => Code = code;

    public override string Code { get; }
}

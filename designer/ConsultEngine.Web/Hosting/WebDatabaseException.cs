namespace ConsultEngine.Web.Hosting;

/// <summary>The web host refuses its database settings; <see cref="Code"/> says why (<see cref="WebDatabaseCodes"/>).</summary>
public sealed class WebDatabaseException : ConsultEngineException
{
    internal WebDatabaseException(string code, string message)
        : base(message) => Code = code;

    public override string Code { get; }
}

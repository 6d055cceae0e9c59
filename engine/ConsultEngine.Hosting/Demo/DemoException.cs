namespace ConsultEngine.Hosting.Demo;

/// <summary>The example consultation could not be created; <see cref="Code"/> says why (<see cref="DemoCodes"/>).</summary>
public sealed class DemoException : ConsultEngineException
{
    internal DemoException(string code, string message, IReadOnlyList<string>? problems = null)
        : base(message)
    {
        Code = code;
        Problems = problems ?? [];
    }

    public override string Code { get; }

    /// <summary>Each problem behind a refusal (a tool's coded problems, as text).</summary>
    public IReadOnlyList<string> Problems { get; }
}

namespace ConsultEngine.Hosting.Verification;

/// <summary>A person verifier's coded refusal, pointing at the part of the body it is about (<see cref="Path"/>).</summary>
public sealed class PersonVerificationException : ConsultEngineException
{
    public PersonVerificationException(string code, string path, string message)
        : base(message)
    {
        Code = code;
        Path = path;
    }

    public override string Code { get; }

    /// <summary>A JSON Pointer into the submission or request body: <c>/identifier</c> or <c>/verificationCode</c>.</summary>
    public string Path { get; }
}

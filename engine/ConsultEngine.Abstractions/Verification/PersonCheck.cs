namespace ConsultEngine.Abstractions;

/// <summary>
/// What a step asks of a person before the host passes their submission to the tool: who they are
/// (<see cref="Kind"/>, such as a mobile phone number) and how they prove it (<see cref="ConfirmBy"/>,
/// such as a one-time code sent by SMS). The host does the proving (its person verifiers, one per
/// <see cref="ConfirmBy"/>) without knowing the tool; the tool only declares the check.
/// </summary>
/// <param name="Kind">What identifies the person: <see cref="Phone"/>.</param>
/// <param name="ConfirmBy">How the person proves it: <see cref="SmsCode"/> (the national e-ID, VNeID, is the next provider).</param>
public sealed record PersonCheck(string Kind, string ConfirmBy)
{
    /// <summary>A Vietnamese mobile phone number.</summary>
    public const string Phone = "phone";

    /// <summary>A one-time code sent by SMS to the number, typed back by the person.</summary>
    public const string SmsCode = "sms-code";

    /// <summary>Where the identifier is in the submission body (a JSON Pointer).</summary>
    public string IdentifierPath { get; init; } = "/identifier";

    /// <summary>Where the code is in the submission body (a JSON Pointer): <see cref="Submission.VerificationCode"/>.</summary>
    public string CodePath { get; init; } = "/verificationCode";
}

/// <summary>
/// A tool whose steps may need a verified person (optional, next to <see cref="IConsultationTool"/>): the
/// host asks it which check a step's public submissions need and refuses a submission without a confirmed
/// proof before the tool sees it. A tool that does not implement it verifies nobody.
/// </summary>
public interface IVerifiesPersons
{
    /// <summary>The check the step's public submissions need, or <see langword="null"/> when they need none.</summary>
    PersonCheck? PersonCheckFor(ToolContext context);
}

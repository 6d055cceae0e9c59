using System.Text.Json;

namespace ConsultEngine.Abstractions;

/// <summary>
/// One submission to a tool, as it arrives from a channel: a citizen's web form, an enumerator's
/// entry, a transcribed paper form, a row of an imported file.
/// </summary>
public sealed record Submission
{
    public required InputChannel Channel { get; init; }

    /// <summary>Structured answers: a JSON object from question id to value.</summary>
    public JsonElement? Answers { get; init; }

    public string? Text { get; init; }

    public RespondentAttributes Respondent { get; init; } = RespondentAttributes.None;

    /// <summary>Who entered it (enumerator, staff, import file name).</summary>
    public string? Collector { get; init; }

    /// <summary>
    /// A personal identifier offered for verification (phone or citizen ID number). The tool hashes it
    /// with <see cref="IIdentifierHasher"/> and must never store or log it.
    /// </summary>
    public string? Identifier { get; init; }

    /// <summary>
    /// The one-time code that proves <see cref="Identifier"/> where the step asks for a verified person
    /// (<see cref="IVerifiesPersons"/>). The host checks and spends it before the tool is called, and the
    /// tool never receives it.
    /// </summary>
    public string? VerificationCode { get; init; }

    /// <summary>What the submission is about within the tool (a poll, a session, a guide question).</summary>
    public string? Subject { get; init; }

    /// <summary>When the person gave it, if not now (paper forms, imports).</summary>
    public DateTimeOffset? SubmittedAt { get; init; }
}

/// <summary>Severity of a <see cref="ToolProblem"/>.</summary>
public enum ProblemSeverity
{
    /// <summary>The submission or file is refused.</summary>
    Error,

    /// <summary>Accepted, but someone should know (a quota just filled, a row partly mapped).</summary>
    Warning,
}

/// <summary>
/// A coded problem with a submission, an action's payload or an imported file, saying where
/// (<see cref="Path"/>: a JSON Pointer, a question id, or <c>survey!12</c> for a sheet row) and what.
/// </summary>
public sealed record ToolProblem(string Code, string Path, string Message, ProblemSeverity Severity = ProblemSeverity.Error);

/// <summary>What <see cref="IConsultationTool.CollectAsync"/> decided about one submission.</summary>
public sealed record CollectResult
{
    /// <summary>The inputs to store (usually one); empty when refused.</summary>
    public IReadOnlyList<ConsultationInput> Inputs { get; init; } = [];

    /// <summary>What to do when an input's unique key is already taken.</summary>
    public UniqueKeyConflict OnConflict { get; init; } = UniqueKeyConflict.Refuse;

    public IReadOnlyList<ToolProblem> Problems { get; init; } = [];

    /// <summary>Refused when any problem is an error; then nothing is stored.</summary>
    public bool Accepted => Inputs.Count > 0 && Problems.All(p => p.Severity != ProblemSeverity.Error);

    public static CollectResult Accept(ConsultationInput input, UniqueKeyConflict onConflict = UniqueKeyConflict.Refuse, IReadOnlyList<ToolProblem>? warnings = null) =>
        new() { Inputs = [input], OnConflict = onConflict, Problems = warnings ?? [] };

    public static CollectResult Refuse(IReadOnlyList<ToolProblem> problems) => new() { Problems = problems };

    public static CollectResult Refuse(string code, string path, string message) => Refuse([new ToolProblem(code, path, message)]);
}

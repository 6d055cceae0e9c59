using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Registers;

/// <summary>
/// One opinion of a consultation, as the explanation register lists it: the free text of an input
/// (a draft comment, a hearing opinion, a focus-group passage) or one free-text answer of a survey
/// response. <see cref="Id"/> is stable: the input id, plus <c>:</c> and the question id for a survey answer.
/// </summary>
public sealed record Opinion(string Id, Guid InputId, string? QuestionId, string StepId, string Tool, string? Subject, string Text)
{
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Who gave it, as the register may print it: never a citizen's name; an organisation's when the input names one.</summary>
    public required LocalText SourceLabel { get; init; }

    public InputChannel Channel { get; init; }

    /// <summary>
    /// What the opinion says of its subject (agree, disagree, propose wording; support, oppose), when the
    /// tool records it as the input's answer <c>stance</c>: labelled as the tool's analysis labels the
    /// options of its question <c>stance</c>, or by the value itself. <see langword="null"/> when none was given.
    /// </summary>
    public LocalText? Stance { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The id of the opinion given as one input's free text, or as one answer of it.</summary>
    public static string IdOf(Guid inputId, string? questionId = null) =>
        questionId is null ? inputId.ToString("D") : $"{inputId:D}:{questionId}";
}

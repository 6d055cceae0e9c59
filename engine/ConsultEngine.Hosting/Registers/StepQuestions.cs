using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Registers;

/// <summary>
/// What the register needs of a tool step's questions, in the tool's own word (its analysis): which
/// answers are free text (each an opinion of its own), and the labels of the options of its question
/// <c>stance</c> (a draft comment's agree / disagree / propose wording, a hearing opinion's support / oppose),
/// so an opinion carries the stance its input gives as the answer <c>stance</c>.
/// </summary>
internal sealed record StepQuestions(IReadOnlyList<string> Text, IReadOnlyDictionary<string, LocalText> Stances)
{
    public const string StanceAnswer = "stance";

    public static StepQuestions None { get; } = new([], new Dictionary<string, LocalText>(StringComparer.Ordinal));

    public static StepQuestions Of(ToolAnalysis analysis) => new(
        [.. analysis.Questions.Where(q => q.Shape == QuestionShape.Text).Select(q => q.Id)],
        analysis.Questions.FirstOrDefault(q => q.Id == StanceAnswer && q.Shape == QuestionShape.SingleChoice)?.Options
            .Where(o => o.Label is not null)
            .ToDictionary(o => o.Value, o => o.Label!, StringComparer.Ordinal)
            ?? None.Stances);

    /// <summary>The stance <paramref name="input"/> gives, labelled; the value itself when the tool labels it not.</summary>
    public LocalText? StanceOf(ConsultationInput input) =>
        input.Answers is { ValueKind: JsonValueKind.Object } answers
        && answers.TryGetProperty(StanceAnswer, out var stance)
        && stance.ValueKind == JsonValueKind.String
        && stance.GetString() is { Length: > 0 } value
            ? Stances.GetValueOrDefault(value) ?? new LocalText(value, value)
            : null;
}

using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultEngine.Hosting.Tools;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// A survey's questionnaire as the tool's public <c>questionnaire</c> action gives it: questions in
/// order, groups, labels by language. The portal reads it to render the form; checking the answers
/// stays with the tool.
/// </summary>
public sealed record SurveyForm
{
    public IReadOnlyDictionary<string, string>? Title { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<SurveyGroup> Groups { get; init; } = [];

    public IReadOnlyList<SurveyQuestion> Questions { get; init; } = [];

    /// <summary>The text of <paramref name="labels"/> in <paramref name="language"/>, else in the questionnaire's default language, else any.</summary>
    public string? Text(IReadOnlyDictionary<string, string>? labels, string language)
    {
        if (labels is null || labels.Count == 0)
        {
            return null;
        }

        if (labels.TryGetValue(language, out var own))
        {
            return own;
        }

        foreach (var fallback in Languages.Append("vi").Append("default"))
        {
            if (labels.TryGetValue(fallback, out var text))
            {
                return text;
            }
        }

        return labels.Values.First();
    }

    public SurveyGroup? Group(string? id) => id is null ? null : Groups.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.Ordinal));
}

/// <summary>A group of questions; its <see cref="Relevant"/> rule applies to all of them.</summary>
public sealed record SurveyGroup
{
    public required string Id { get; init; }

    public IReadOnlyDictionary<string, string>? Label { get; init; }

    public string? Relevant { get; init; }

    public string? Parent { get; init; }
}

/// <summary>One question of the questionnaire (also a note or a calculated value).</summary>
public sealed record SurveyQuestion
{
    public const string SingleChoice = "single-choice";
    public const string MultipleChoice = "multiple-choice";
    public const string Likert = "likert";
    public const string Number = "number";
    public const string Date = "date";
    public const string Text = "text";
    public const string LongText = "long-text";
    public const string Ranking = "ranking";
    public const string Note = "note";
    public const string Calculate = "calculate";

    public required string Id { get; init; }

    public required string Type { get; init; }

    public IReadOnlyDictionary<string, string>? Label { get; init; }

    public IReadOnlyDictionary<string, string>? Hint { get; init; }

    public bool Required { get; init; }

    public string? Relevant { get; init; }

    public IReadOnlyDictionary<string, string>? ConstraintMessage { get; init; }

    public IReadOnlyList<SurveyOption> Options { get; init; } = [];

    public string? ChoiceFilter { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    [JsonPropertyName("integer")]
    public bool WholeNumber { get; init; }

    public int? MaxLength { get; init; }

    public string? Group { get; init; }

    public string? Calculation { get; init; }

    /// <summary>Whether a respondent answers it (notes and calculations do not).</summary>
    public bool TakesAnswer => Type is SingleChoice or MultipleChoice or Likert or Number or Date or Text or LongText or Ranking;

    /// <summary>Whether the answer is a list of option values.</summary>
    public bool IsList => Type is MultipleChoice or Ranking;
}

/// <summary>An option of a choice, Likert or ranking question.</summary>
public sealed record SurveyOption
{
    public required string Value { get; init; }

    public IReadOnlyDictionary<string, string>? Label { get; init; }

    public IReadOnlyDictionary<string, string>? Properties { get; init; }
}

/// <summary>Reads a survey step's questionnaire through the tool's public action.</summary>
internal static class SurveyForms
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The questionnaire, or <see langword="null"/> when the survey has none yet.</summary>
    public static async Task<SurveyForm?> ReadAsync(IToolSteps tools, Guid instanceId, string stepId, string language, CancellationToken cancellationToken)
    {
        using var empty = JsonDocument.Parse("{}");
        var result = await tools.ExecuteAsync(instanceId, stepId, "questionnaire", empty.RootElement, ToolCaller.Public(language), cancellationToken).ConfigureAwait(false);
        return result is { ValueKind: JsonValueKind.Object } view && view.TryGetProperty("questionnaire", out var questionnaire) && questionnaire.ValueKind == JsonValueKind.Object
            ? questionnaire.Deserialize<SurveyForm>(Json)
            : null;
    }
}

using System.Text.Json.Serialization;

namespace ConsultEngine.Plugins.Survey.Model;

/// <summary>
/// A survey's questionnaire: questions in the order they are asked, optional groups, labels by
/// language code. The JSON of <c>set-questionnaire</c>, of the config's inline <c>questions</c>, and
/// of what an XLSForm import produces.
/// </summary>
public sealed record Questionnaire
{
    public IReadOnlyDictionary<string, string>? Title { get; init; }

    /// <summary>The language codes of the labels, the default first.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<QuestionGroup> Groups { get; init; } = [];

    public IReadOnlyList<Question> Questions { get; init; } = [];

    /// <summary>The XLSForm's <c>form_id</c> and <c>version</c>, when imported.</summary>
    public string? FormId { get; init; }

    public string? FormVersion { get; init; }

    [JsonIgnore]
    internal IEnumerable<Question> Answerable => Questions.Where(q => q.Kind.TakesAnswer());
}

/// <summary>A group of questions; its <see cref="Relevant"/> applies to every question in it (and in its sub-groups).</summary>
public sealed record QuestionGroup
{
    public required string Id { get; init; }

    public IReadOnlyDictionary<string, string>? Label { get; init; }

    /// <summary>JavaScript over <c>answers</c>: whether the group is shown.</summary>
    public string? Relevant { get; init; }

    /// <summary>The enclosing group, for nested groups.</summary>
    public string? Parent { get; init; }
}

/// <summary>One question (or a note, or a calculated value).</summary>
public sealed record Question
{
    public required string Id { get; init; }

    /// <summary>One of <see cref="QuestionTypes"/>.</summary>
    public required string Type { get; init; }

    public IReadOnlyDictionary<string, string>? Label { get; init; }

    public IReadOnlyDictionary<string, string>? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>JavaScript over <c>answers</c>: whether the question is shown (skip logic). Absent: always.</summary>
    public string? Relevant { get; init; }

    /// <summary>JavaScript over <c>self</c> (the answer) and <c>answers</c>: whether the answer is acceptable.</summary>
    public string? Constraint { get; init; }

    public IReadOnlyDictionary<string, string>? ConstraintMessage { get; init; }

    /// <summary>The options of a choice, Likert (the scale's points, in order) or ranking question.</summary>
    public IReadOnlyList<QuestionOption> Options { get; init; } = [];

    /// <summary>
    /// JavaScript over <c>self</c> (an option's <see cref="QuestionOption.Properties"/> plus its
    /// <c>name</c>) and <c>answers</c>: whether the option is offered. Mapped from XLSForm's choice_filter.
    /// </summary>
    public string? ChoiceFilter { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>A number question takes whole numbers only (JSON <c>integer</c>).</summary>
    [JsonPropertyName("integer")]
    public bool WholeNumber { get; init; }

    /// <summary>The longest text answer; by default 500 characters for text and 10,000 for long text.</summary>
    public int? MaxLength { get; init; }

    public string? Group { get; init; }

    /// <summary>JavaScript over <c>answers</c> whose value a calculate question stores.</summary>
    public string? Calculation { get; init; }

    [JsonIgnore]
    internal QuestionKind Kind => QuestionTypes.Parse(Type);
}

/// <summary>An option of a choice, Likert or ranking question.</summary>
public sealed record QuestionOption
{
    public required string Value { get; init; }

    public IReadOnlyDictionary<string, string>? Label { get; init; }

    /// <summary>Further columns of the option (XLSForm choices columns), for choice filters.</summary>
    public IReadOnlyDictionary<string, string>? Properties { get; init; }
}

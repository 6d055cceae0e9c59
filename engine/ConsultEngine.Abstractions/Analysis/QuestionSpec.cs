namespace ConsultEngine.Abstractions;

/// <summary>How answers to a question are counted.</summary>
public enum QuestionShape
{
    /// <summary>One option (a string value).</summary>
    SingleChoice,

    /// <summary>Any number of options (an array of string values).</summary>
    MultipleChoice,

    /// <summary>A number (Likert points are single choices; this is for amounts).</summary>
    Numeric,

    /// <summary>All options in order of preference (an array of string values, first is most preferred).</summary>
    Ranking,

    /// <summary>Free text (its answers become passages).</summary>
    Text,
}

/// <summary>An option of a choice question.</summary>
public sealed record ChoiceOption(string Value, LocalText Label);

/// <summary>What <see cref="InputAnalyzer"/> needs to know of a question to count its answers.</summary>
public sealed record QuestionSpec(string Id, QuestionShape Shape)
{
    public LocalText? Title { get; init; }

    /// <summary>The options, in the order results list them; values answered but not listed come after, in ordinal order.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
}

using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>The poll as staff set it up: its questions and its voting window (kept as the tool record <c>poll/definition</c>).</summary>
internal sealed record PollDefinition(IReadOnlyList<PollQuestion> Questions, DateTimeOffset OpensAt, DateTimeOffset ClosesAt)
{
    public const string Collection = "poll";

    public const string Key = "definition";

    public string? SetUpBy { get; init; }

    public DateTimeOffset SetUpAt { get; init; }

    public PollQuestion? Question(string id) => Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal));

    /// <summary>Where the poll stands at <paramref name="now"/>: <c>not-open</c>, <c>open</c> or <c>closed</c> (the close time is exclusive).</summary>
    public string StatusAt(DateTimeOffset now) => now < OpensAt ? "not-open" : now < ClosesAt ? "open" : "closed";

    /// <summary>The questions as the shared analysis counts them.</summary>
    public IReadOnlyList<QuestionSpec> Specs() => Questions
        .Select(q => new QuestionSpec(q.Id, q.IsMultiple ? QuestionShape.MultipleChoice : QuestionShape.SingleChoice)
        {
            Title = q.Title,
            Options = q.Options.Select(o => new ChoiceOption(o.Value, o.Label)).ToList(),
        })
        .ToList();
}

/// <summary>A poll question: <c>single</c> choice (one option) or <c>multiple</c> choice (up to <see cref="MaxChoices"/> options).</summary>
internal sealed record PollQuestion(string Id, LocalText Title, string Choice, int MaxChoices, IReadOnlyList<PollOption> Options)
{
    public const string Single = "single";

    public const string Multiple = "multiple";

    public bool IsMultiple => string.Equals(Choice, Multiple, StringComparison.Ordinal);

    public bool Offers(string value) => Options.Any(o => string.Equals(o.Value, value, StringComparison.Ordinal));
}

/// <summary>An option of a poll question: the value votes carry and its label.</summary>
internal sealed record PollOption(string Value, LocalText Label);

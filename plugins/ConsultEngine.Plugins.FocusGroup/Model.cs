using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>A text in Vietnamese and, where given, English (an action's payload may leave English out).</summary>
internal sealed record Text
{
    public required string Vi { get; init; }

    public string? En { get; init; }

    public LocalText ToLocal() => new(Vi, En ?? Vi);
}

/// <summary>
/// A selection criterion of a group. With an <see cref="Attribute"/> and <see cref="Values"/> it is
/// checked against the participant's respondent attributes; without, staff declare that a participant
/// meets it (the participant's <c>meets</c> names its label).
/// </summary>
internal sealed record Criterion
{
    public required string Label { get; init; }

    public string? Attribute { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}

internal sealed record Meeting
{
    public required DateTimeOffset At { get; init; }

    public required string Place { get; init; }
}

internal sealed record Consent
{
    public required bool Given { get; init; }

    /// <summary><c>oral</c> or <c>written</c>.</summary>
    public string? Form { get; init; }

    public DateTimeOffset? At { get; init; }

    public string? RecordedBy { get; init; }
}

/// <summary>A participant, known by a pseudonymous code: no name is kept.</summary>
internal sealed record Participant
{
    public required string Code { get; init; }

    public RespondentAttributes? Attributes { get; init; }

    /// <summary>The labels of the group's declared criteria (those without an attribute rule) the participant meets.</summary>
    public IReadOnlyList<string>? Meets { get; init; }

    public required Consent Consent { get; init; }
}

/// <summary>A focus group as stored (collection <c>groups</c>, key: the group id).</summary>
internal sealed record Group
{
    public required string Id { get; init; }

    public Text? Name { get; init; }

    public required IReadOnlyList<Criterion> Criteria { get; init; }

    public required int PlannedSize { get; init; }

    public Meeting? Meeting { get; init; }

    public string? Facilitator { get; init; }

    /// <summary>A trial session to test the guide: its passages are marked pilot.</summary>
    public bool Pilot { get; init; }

    public IReadOnlyList<Participant> Participants { get; init; } = [];

    public LocalText Label => Name?.ToLocal() ?? new LocalText(Id, Id);
}

internal sealed record GuideQuestion
{
    public required string Id { get; init; }

    public required Text Text { get; init; }

    public IReadOnlyList<Text>? Probes { get; init; }
}

/// <summary>The discussion guide as stored (collection <c>guide</c>, key <c>current</c>), questions in order.</summary>
internal sealed record Guide
{
    public IReadOnlyList<GuideQuestion> Questions { get; init; } = [];
}

/// <summary>A theme of the codebook (collection <c>themes</c>, key: the theme id).</summary>
internal sealed record Theme
{
    public required string Id { get; init; }

    public required Text Label { get; init; }

    public Text? Description { get; init; }
}

/// <summary>Who last coded a passage and when (collection <c>coding</c>, key: the input id).</summary>
internal sealed record CodingNote(IReadOnlyList<string> Themes, string? By, DateTimeOffset At);

/// <summary>What a passage carries besides its text, in the input's <c>answers</c>: its group and speaker.</summary>
internal sealed record PassageAnswers
{
    public required string Group { get; init; }

    public string? Participant { get; init; }
}

namespace ConsultEngine.Abstractions;

/// <summary>How a field is shown.</summary>
public enum FieldWidget
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    TextArea,

    /// <summary>A number (integer or decimal; see <see cref="FormField.Step"/>).</summary>
    Number,

    /// <summary>A date (<c>yyyy-MM-dd</c>).</summary>
    Date,

    /// <summary>One of the choices, as radio buttons.</summary>
    Radio,

    /// <summary>Any number of the choices (up to <see cref="FormField.MaxChoices"/>), as check boxes; the value is an array.</summary>
    Checkboxes,

    /// <summary>One of the choices, as a drop-down list.</summary>
    Select,

    /// <summary>A point on a scale (the choices, in order: a Likert item); the value is the choice's number.</summary>
    Scale,

    /// <summary>The choices put in order; the value is an array of choice values, first preferred.</summary>
    Ranking,

    /// <summary>Not shown: carries <see cref="FormField.Value"/> (the article a comment is about).</summary>
    Hidden,

    /// <summary>A yes/no check box; the value is a boolean.</summary>
    Toggle,
}

/// <summary>One choice of a field: the value sent and its label.</summary>
public sealed record FieldChoice(string Value, LocalText Label);

/// <summary>
/// A field of a <see cref="SurfaceForm"/>. <see cref="Path"/> (a JSON Pointer) is where its value goes in the body (and
/// where the tool's problems about it point): <c>/answers/q1</c>, <c>/identifier</c>, <c>/text</c>,
/// <c>/subject</c>, <c>/respondent/commune</c>, or a payload property such as <c>/sessionId</c>.
/// </summary>
public sealed record FormField
{
    public required string Path { get; init; }

    public required LocalText Label { get; init; }

    public LocalText? Hint { get; init; }

    public FieldWidget Widget { get; init; } = FieldWidget.Text;

    public bool Required { get; init; }

    /// <summary>For choice widgets, in display order.</summary>
    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    /// <summary>For <see cref="FieldWidget.Checkboxes"/> and <see cref="FieldWidget.Ranking"/>: how many at most.</summary>
    public int? MaxChoices { get; init; }

    /// <summary>For text: the longest accepted value.</summary>
    public int? MaxLength { get; init; }

    /// <summary>For numbers: the smallest and largest accepted value and the step (1 for integers).</summary>
    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public double? Step { get; init; }

    /// <summary>The value a <see cref="FieldWidget.Hidden"/> field carries, or a visible field's initial value.</summary>
    public string? Value { get; init; }

    /// <summary>The HTML <c>autocomplete</c> token (<c>tel</c>, <c>name</c>, <c>off</c>).</summary>
    public string? Autocomplete { get; init; }

    /// <summary>The HTML <c>inputmode</c> (<c>numeric</c>, <c>tel</c>).</summary>
    public string? InputMode { get; init; }

    /// <summary>Whether the field holds personal data the host must not echo back or log (an identifier).</summary>
    public bool Personal { get; init; }

    /// <summary>
    /// For the field of a one-time code: the pointer of the field whose identifier the code proves (<c>/identifier</c>).
    /// The host shows a "send the code" button beside it that sends a code to that identifier (no script needed).
    /// </summary>
    public string? CodeFor { get; init; }
}

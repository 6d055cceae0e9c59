namespace ConsultEngine.Runtime.Records;

/// <summary>How a recorded value reads.</summary>
public enum RecordValueKind
{
    /// <summary>Nothing recorded (JSON <c>null</c>).</summary>
    Empty,
    Text,
    Number,
    Boolean,
    Date,
    DateTime,

    /// <summary>One of the values a schema allows (<c>enum</c>, or <c>oneOf</c>/<c>anyOf</c> of <c>const</c>s), read as its title.</summary>
    Choice,

    /// <summary>A group of named fields (<see cref="RecordValue.Fields"/>).</summary>
    Group,

    /// <summary>A list of values (<see cref="RecordValue.Items"/>).</summary>
    List,
}

/// <summary>One field of a recorded form: its property name, its label in the reader's language and its value.</summary>
public sealed record RecordField(string Key, string Label, RecordValue Value);

/// <summary>
/// A recorded value labelled for people: <see cref="Text"/> is what a reader sees (a choice's title,
/// a formatted date, Có/Không); <see cref="Raw"/> is the value as recorded when the two differ.
/// Objects carry their <see cref="Fields"/>, lists their <see cref="Items"/>.
/// </summary>
public sealed record RecordValue(RecordValueKind Kind, string Text)
{
    public string? Raw { get; init; }

    public IReadOnlyList<RecordField> Fields { get; init; } = [];

    public IReadOnlyList<RecordValue> Items { get; init; } = [];
}

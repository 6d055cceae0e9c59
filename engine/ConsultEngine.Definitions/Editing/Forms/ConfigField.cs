using System.Text.Json;

namespace ConsultEngine.Definitions.Editing.Forms;

/// <summary>How the property panel edits one config property.</summary>
public enum ConfigFieldKind
{
    Text,
    Number,
    /// <summary>A JSON Schema <c>integer</c>.</summary>
    WholeNumber,
    Boolean,

    /// <summary>One of the schema's <c>enum</c> values (strings).</summary>
    Choice,

    /// <summary>A list of strings, one per line.</summary>
    TextList,

    /// <summary>A list whose items are <c>enum</c> strings: several choices.</summary>
    ChoiceList,

    /// <summary>Any other shape (objects, lists of objects...): edited as JSON text.</summary>
    Json,
}

/// <summary>One field of a form generated from a step type's config JSON Schema.</summary>
public sealed record ConfigField(string Name, ConfigFieldKind Kind)
{
    /// <summary>The schema's <c>title</c>, when it has one; the UI falls back to <see cref="Name"/>.</summary>
    public string? Title { get; init; }

    public string? Description { get; init; }

    public bool Required { get; init; }

    /// <summary>The allowed values of a <see cref="ConfigFieldKind.Choice"/> or <see cref="ConfigFieldKind.ChoiceList"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The property's sub-schema, for hints and for <see cref="ConfigFieldKind.Json"/> fields.</summary>
    public JsonElement? Schema { get; init; }
}

namespace ConsultEngine.Abstractions;

/// <summary>
/// What a tool decided about a form filled in so far: the pointers of the fields that apply (skip logic,
/// relevance), and the problems found so far (required answers missing, constraints broken), each with
/// the pointer of its field. The host shows only <see cref="Show"/>, and sends only when no error is left
/// among the fields shown.
/// </summary>
public sealed record FormEvaluation
{
    /// <summary>The fields that apply given the answers, by pointer; a field not listed is skipped and its value dropped.</summary>
    public required IReadOnlyList<string> Show { get; init; }

    public IReadOnlyList<ToolProblem> Problems { get; init; } = [];

    /// <summary>
    /// For choice fields whose choices depend on the answers (a survey question's choice filter): the values offered
    /// now, by pointer, in display order. A field not listed offers all its <see cref="FormField.Choices"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Every field applies and nothing is wrong (a form without conditions, with no body yet).</summary>
    public static FormEvaluation All(SurfaceForm form) => new() { Show = [.. form.Fields.Select(f => f.Path)] };
}

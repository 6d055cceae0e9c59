using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Documents;

namespace ConsultEngine.Definitions.Validation;

/// <summary>Collects diagnostics while checks run, placing each one in the text through the position map.</summary>
internal sealed class DiagnosticBag(string? file, JsonPositionMap? map)
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Add(DiagnosticDescriptor descriptor, string pointer, string message, bool atName = false) =>
        Add(descriptor, pointer, message, map is null ? SourcePosition.Start : atName ? map.FindName(pointer) : map.Find(pointer));

    public void Add(DiagnosticDescriptor descriptor, string pointer, string message, SourcePosition position) =>
        _items.Add(new Diagnostic(descriptor.Code, descriptor.Severity, message, pointer, position.Line, position.Column) { File = file });

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics.Select(d => d with { File = file }));

    public SourcePosition PositionOf(string pointer) => map?.Find(pointer) ?? SourcePosition.Start;

    /// <summary>
    /// Whether the text holds a value of <paramref name="kind"/> at the pointer: tells an empty model value that was
    /// written so from one that was missing or mistyped, which the schema check has already reported. A model in
    /// memory has no text; its values count as written.
    /// </summary>
    public bool IsWrittenAs(string pointer, System.Text.Json.JsonValueKind kind) => map is null || map.KindAt(pointer) == kind;

    /// <summary>Diagnostics in reading order: by line, then column, then code.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.Distinct().OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal)];
}

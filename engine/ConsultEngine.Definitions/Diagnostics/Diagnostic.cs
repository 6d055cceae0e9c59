namespace ConsultEngine.Definitions.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One problem found in a definition document: a stable code from <see cref="DiagnosticCodes"/>,
/// where it is (a JSON Pointer and, when the document text is known, a 1-based line and column)
/// and what is wrong.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string Path,
    int Line,
    int Column)
{
    /// <summary>The file the diagnostic belongs to, when it came from a file.</summary>
    public string? File { get; init; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler-style line: <c>file:line:col: error CE3004: message</c>.</summary>
    public override string ToString() =>
        $"{File ?? "<input>"}:{Line}:{Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message} [{(Path.Length == 0 ? "/" : Path)}]";
}

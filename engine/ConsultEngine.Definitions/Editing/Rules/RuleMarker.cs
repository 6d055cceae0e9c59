using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Definitions.Editing.Rules;

/// <summary>
/// A problem in one script, placed in the script's own text as a code editor marks it: 1-based
/// lines and columns, the end exclusive (Monaco's <c>IMarkerData</c>).
/// </summary>
public sealed record RuleMarker(string Code, DiagnosticSeverity Severity, string Message, int StartLine, int StartColumn, int EndLine, int EndColumn);

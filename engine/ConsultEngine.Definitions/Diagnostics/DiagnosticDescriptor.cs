namespace ConsultEngine.Definitions.Diagnostics;

/// <summary>A code of the catalogue: its number, default severity and a short title.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title);

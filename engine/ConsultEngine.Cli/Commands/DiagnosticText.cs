using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Cli.Commands;

/// <summary>Prints diagnostics compiler-style, one a line: <c>file:line:col: error CE3004: message [/json/pointer]</c>.</summary>
internal static class DiagnosticText
{
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}

using System.Globalization;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// The titles of the loaded tools by id, for a definition's value that names a tool (a consultation plan's
/// methods: the standard process lists them by tool id). The tool's manifest says what it is called, so the
/// console carries no text of its own for any tool.
/// </summary>
internal sealed class ToolTitles(IEnumerable<IConsultationTool> tools)
{
    private readonly Lazy<Dictionary<string, LocalText>> _titles = new(() => tools
        .Select(t => t.Manifest)
        .GroupBy(m => m.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal));

    /// <summary>The title of the loaded tool whose id is <paramref name="value"/>, in the reading language, or <see langword="null"/>.</summary>
    public string? Title(string value) =>
        _titles.Value.TryGetValue(value, out var title) ? title.In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) : null;
}

using System.Text;
using ConsultEngine.Plugins.Survey.Files;

namespace ConsultEngine.Plugins.Survey.Tests;

/// <summary>
/// A hand-written XLSForm kept as readable CSV, one file per sheet (<c>NAME.survey.csv</c>,
/// <c>NAME.choices.csv</c>, <c>NAME.settings.csv</c>), beside the <c>NAME.xlsx</c> generated from them.
/// Edit the CSV, then regenerate the workbook with <c>SURVEY_REGENERATE_FORMS=true ./test.sh</c>; a
/// test fails while the two differ.
/// </summary>
internal static class XlsFormSource
{
    public static readonly string[] Sheets = ["survey", "choices", "settings"];

    public static string FormsDirectory => Path.Combine(Support.Directory(), "Forms");

    public static string WorkbookPath(string name) => Path.Combine(FormsDirectory, name + ".xlsx");

    public static Dictionary<string, List<List<string>>> Read(string name) =>
        Sheets.ToDictionary(
            s => s,
            s => FormWorkbook.TrimRows(Csv.Read(File.ReadAllBytes(Path.Combine(FormsDirectory, $"{name}.{s}.csv"))).Select(r => FormWorkbook.Trim([.. r.Cells])).ToList()),
            StringComparer.Ordinal);

    public static byte[] Generate(string name) =>
        FormWorkbook.Write(Read(name).Select(s => (s.Key, (IReadOnlyList<IReadOnlyList<string>>)s.Value.Select(r => (IReadOnlyList<string>)r).ToList())));

    public static string Base64Payload(string name) =>
        $$"""{ "fileName": "{{name}}.xlsx", "contentBase64": "{{Convert.ToBase64String(File.ReadAllBytes(WorkbookPath(name)))}}" }""";

    public static string Describe(Dictionary<string, List<List<string>>> sheets)
    {
        var text = new StringBuilder();
        foreach (var (sheet, rows) in sheets)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                text.Append(sheet).Append('!').Append(i + 1).Append(": ").AppendJoin(" | ", rows[i]).Append('\n');
            }
        }

        return text.ToString();
    }
}

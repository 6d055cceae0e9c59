using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Files;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Responses;

/// <summary>A response file: its name, media type, bytes and how many responses it holds.</summary>
internal sealed record ExportedFile(string FileName, string ContentType, byte[] Content, int Rows);

/// <summary>
/// Writes a step's responses as CSV (UTF-8 with BOM) or XLSX, one row per input. Without
/// <c>personal</c> the columns that may hold personal data — the respondent's attributes and the free
/// text — are left out (Decree 13/2023/NĐ-CP: exports carry no personal data by default).
/// </summary>
internal static class ResponseExporter
{
    public static ExportedFile Export(string stepId, string format, IReadOnlyList<ConsultationInput> inputs, Questionnaire questionnaire, bool personal = false)
    {
        var header = ResponseColumns.Header(questionnaire);
        var kept = Enumerable.Range(0, header.Count).Where(i => personal || !ResponseColumns.IsPersonal((string)header[i]!)).ToList();
        var rows = new List<IReadOnlyList<object?>> { kept.ConvertAll(i => header[i]) };
        rows.AddRange(inputs.Select(input => ResponseColumns.Row(input, questionnaire)).Select(row => (IReadOnlyList<object?>)kept.ConvertAll(i => row[i])));
        return format switch
        {
            "csv" => new ExportedFile($"{stepId}.csv", "text/csv; charset=utf-8", Csv.Write(rows.Select(r => (IReadOnlyList<string>)r.Select(ResponseColumns.Cell).ToList())), inputs.Count),
            "xlsx" => new ExportedFile($"{stepId}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Xlsx.Write([("responses", rows)]), inputs.Count),
            _ => throw new ToolException(SurveyCodes.ExportFormatUnknown, $"The export format '{format}' is not csv or xlsx."),
        };
    }
}

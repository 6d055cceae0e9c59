using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Files;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Responses;

/// <summary>A response file: its name, media type, bytes and how many responses it holds.</summary>
internal sealed record ExportedFile(string FileName, string ContentType, byte[] Content, int Rows);

/// <summary>Writes a step's responses as CSV (UTF-8 with BOM) or XLSX, one row per input.</summary>
internal static class ResponseExporter
{
    public static ExportedFile Export(string stepId, string format, IReadOnlyList<ConsultationInput> inputs, Questionnaire questionnaire)
    {
        var rows = new List<IReadOnlyList<object?>> { ResponseColumns.Header(questionnaire) };
        rows.AddRange(inputs.Select(i => ResponseColumns.Row(i, questionnaire)));
        return format switch
        {
            "csv" => new ExportedFile($"{stepId}.csv", "text/csv; charset=utf-8", Csv.Write(rows.Select(r => (IReadOnlyList<string>)r.Select(ResponseColumns.Cell).ToList())), inputs.Count),
            "xlsx" => new ExportedFile($"{stepId}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Xlsx.Write([("responses", rows)]), inputs.Count),
            _ => throw new ToolException(SurveyCodes.ExportFormatUnknown, $"The export format '{format}' is not csv or xlsx."),
        };
    }
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Reporting.Results;

/// <summary>
/// Writes <see cref="OpenResults"/> as JSON (the record, camelCase) or CSV (UTF-8 with a byte order
/// mark so spreadsheets read Vietnamese; one row per figure:
/// <c>kind,step,tool,question,option,label_vi,label_en,people,opinions,count,share,ci95_low,ci95_high</c>
/// where kind is <c>total</c>, <c>channel</c>, <c>step</c>, <c>option</c>, <c>mean</c> or <c>theme</c>).
/// </summary>
public static class OpenResultsWriter
{
    public static IReadOnlyList<string> Formats { get; } = ["csv", "json"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The results in <paramref name="format"/> (<c>csv</c> or <c>json</c>); another format is refused with <see cref="ReportCodes.UnknownFormat"/>.</summary>
    public static byte[] Write(OpenResults results, string format)
    {
        ArgumentNullException.ThrowIfNull(results);
        return format?.ToLowerInvariant() switch
        {
            "json" => JsonSerializer.SerializeToUtf8Bytes(results, Json),
            "csv" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(results))],
            _ => throw new ReportException(ReportCodes.UnknownFormat, $"The results are written as csv or json, not '{format}'.") { InstanceId = results.InstanceId },
        };
    }

    public static string Csv(OpenResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var csv = new StringBuilder();
        csv.Append("kind,step,tool,question,option,label_vi,label_en,people,opinions,count,share,ci95_low,ci95_high\n");
        Row(csv, "total", people: results.Total.People, opinions: results.Total.Opinions);
        foreach (var (channel, count) in results.ByChannel)
        {
            Row(csv, "channel", option: channel.ToString().ToLowerInvariant(), people: count.People, opinions: count.Opinions);
        }

        foreach (var step in results.Steps)
        {
            Row(csv, "step", step.StepId, step.Tool, people: step.People, opinions: step.Opinions);
            foreach (var question in step.Questions)
            {
                foreach (var option in question.Options)
                {
                    Row(csv, "option", step.StepId, step.Tool, question.Id, option.Value, option.LabelVi, option.LabelEn, count: option.Count, share: option.Share, low: option.Ci95Low, high: option.Ci95High);
                }

                if (question.Numeric is { } numeric)
                {
                    Row(csv, "mean", step.StepId, step.Tool, question.Id, count: numeric.Count, share: numeric.Mean, low: numeric.Ci95.Low, high: numeric.Ci95.High);
                }
            }

            foreach (var (theme, count) in step.Themes)
            {
                Row(csv, "theme", step.StepId, step.Tool, option: theme, count: count);
            }
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string kind, string? step = null, string? tool = null, string? question = null, string? option = null, string? labelVi = null, string? labelEn = null,
        int? people = null, int? opinions = null, int? count = null, double? share = null, double? low = null, double? high = null)
    {
        string[] cells = [kind, step ?? string.Empty, tool ?? string.Empty, question ?? string.Empty, option ?? string.Empty, labelVi ?? string.Empty, labelEn ?? string.Empty,
            Number(people), Number(opinions), Number(count), Number(share), Number(low), Number(high)];
        csv.AppendJoin(',', cells.Select(Quote)).Append('\n');
    }

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Quoted as RFC 4180 asks, and a label a spreadsheet would run as a formula written as text (the shared guard).</summary>
    private static string Quote(string cell) => CsvCell.Field(cell);
}

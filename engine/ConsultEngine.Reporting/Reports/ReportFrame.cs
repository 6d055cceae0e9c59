using System.Globalization;
using System.Text.Json;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Reporting.Documents;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Reporting.Reports;

/// <summary>The report's header, data basis and signature: from the instance's variables (<c>province</c>) and the request's options.</summary>
internal static class ReportFrame
{
    public static DocumentHeader Header(InstanceRecord instance, ReportStructure structure, ReportOptions options, ReportText text, DateTimeOffset now)
    {
        var province = Variable(instance, "province");
        var place = options.Place ?? province ?? text.T("……", "……");
        var english = ReportLanguage.IsEnglish(text.Language);
        return new DocumentHeader
        {
            IssuingBody = options.IssuingBody ?? (province is null
                ? text.T("Hội đồng nhân dân", "People's Council")
                : text.T($"Hội đồng nhân dân tỉnh {province}", $"People's Council of {province}")),
            NationalTitle = english ? DocumentHeader.NationalTitleEn : DocumentHeader.NationalTitleVi,
            Motto = english ? DocumentHeader.MottoEn : DocumentHeader.MottoVi,
            NumberAndSymbol = options.NumberAndSymbol ?? text.T("Số:        /BC-HĐND", "No.:        /BC-HĐND"),
            PlaceAndDate = english
                ? $"{place}, {now.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
                : $"{place}, ngày {now:dd} tháng {now:MM} năm {now:yyyy}",
            DocumentType = text.DocumentType,
            Title = Subject(ReportLanguage.Of(structure.Title, text.Language, text.T("Kết quả tham vấn ý kiến nhân dân", "The public consultation")), text),
        };
    }

    public static TextBlock BasisParagraph(ReportData data, ReportBasis basis, ReportText text)
    {
        var language = text.Language;
        var title = data.Instance.Title ?? Variable(data.Instance, "issueTitle") ?? data.Instance.Id.ToString();
        return new TextBlock(text.T(
            $"Báo cáo được lập lúc {ReportLanguage.DateTime(basis.GeneratedAt, language)} từ dữ liệu của cuộc tham vấn “{title}” (quy trình {basis.DefinitionId}, phiên bản {basis.DefinitionVersion}): {ReportLanguage.Count(basis.InputsCounted, language)} ý kiến được tính trên {ReportLanguage.Count(basis.InputsStored, language)} ý kiến đã lưu, của {ReportLanguage.Count(basis.People, language)} người tham gia.",
            $"This report was generated at {ReportLanguage.DateTime(basis.GeneratedAt, language)} from the data of the consultation “{title}” (process {basis.DefinitionId}, version {basis.DefinitionVersion}): {ReportLanguage.Count(basis.InputsCounted, language)} opinions counted of {ReportLanguage.Count(basis.InputsStored, language)} stored, from {ReportLanguage.Count(basis.People, language)} people."))
        {
            Style = TextStyle.Note,
        };
    }

    /// <summary>
    /// "Journal head": the last journal entry and its hash (MAC) at the time of the report, so that a
    /// later rewrite of the journal, even a consistent one, no longer matches the printed report.
    /// </summary>
    public static TextBlock JournalHeadLine(ReportBasis basis, ReportText text)
    {
        var count = basis.JournalSequence.ToString(CultureInfo.InvariantCulture);
        return new TextBlock(text.T(
            $"Đầu chuỗi nhật ký: mục {count}, mã {basis.JournalHead}",
            $"Journal head: entry {count}, {basis.JournalHead}"))
        {
            Style = TextStyle.Note,
        };
    }

    public static SignatureBlock Signature(ReportOptions options, ReportText text) => new()
    {
        RecipientsHeading = text.T("Nơi nhận:", "Recipients:"),
        Recipients = text.Language == "en"
            ? ["Standing Committee of the Provincial People's Council;", "Provincial People's Committee;", "Committees of the Provincial People's Council;", "Archive: Office."]
            : ["Thường trực HĐND tỉnh;", "UBND tỉnh;", "Các Ban của HĐND tỉnh;", "Lưu: VT."],
        Authority = text.T("TM. Thường trực Hội đồng nhân dân", "On behalf of the Standing Committee"),
        Position = text.T("Chủ tịch", "Chair"),
        Signer = options.Signer ?? string.Empty,
    };

    /// <summary>The title without a leading document type (the header prints the type above it).</summary>
    private static string Subject(string title, ReportText text)
    {
        foreach (var prefix in new[] { "Báo cáo ", "Report on ", "Report " })
        {
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && title.Length > prefix.Length)
            {
                var rest = title[prefix.Length..];
                return char.ToUpper(rest[0], ReportLanguage.Culture(text.Language)) + rest[1..];
            }
        }

        return title;
    }

    private static string? Variable(InstanceRecord instance, string name)
    {
        using var variables = JsonDocument.Parse(instance.VariablesJson);
        return variables.RootElement.ValueKind == JsonValueKind.Object && variables.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }
}

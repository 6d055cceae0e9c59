using ConsultEngine.Definitions.Model;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Reporting.Documents;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Reporting.Reports;

/// <summary>
/// The explanation register (báo cáo tiếp thu, giải trình ý kiến) as a document: the conventional
/// table STT | nội dung ý kiến | người/cơ quan góp ý | ý kiến tiếp thu, giải trình, one row per
/// dispositioned opinion (citizens appear only by the anonymised source label), after a paragraph
/// that counts what was dispositioned and how.
/// </summary>
internal static class ExplanationRegisterComposer
{
    public static Document Compose(InstanceRecord instance, ExplanationRegister register, ReportOptions options, DateTimeOffset now)
    {
        var text = new ReportText(options.Language);
        var language = text.Language;
        var structure = new ReportStructure
        {
            Title = new LocalizedText { Vi = "Báo cáo tiếp thu, giải trình ý kiến Nhân dân", En = "Report on how the public's opinions were taken into account" },
        };
        var header = ReportFrame.Header(instance, structure, options, text, now);

        var dispositioned = register.Rows.Where(r => r.Kind is not null).ToList();
        var progress = register.Progress;
        var summary = text.T(
            $"Tổng số ý kiến: {ReportLanguage.Count(progress.Total, language)}; đã xem xét, tiếp thu, giải trình: {ReportLanguage.Count(progress.Dispositioned, language)} ({Kinds(progress, text)}).",
            $"Opinions: {ReportLanguage.Count(progress.Total, language)}; dispositioned: {ReportLanguage.Count(progress.Dispositioned, language)} ({Kinds(progress, text)}).");
        var blocks = new List<DocumentBlock> { new TextBlock(summary) };
        if (progress.Sample is not null)
        {
            blocks.Add(new TextBlock(text.T(
                "Do số lượng ý kiến lớn, việc xem xét được thực hiện theo quy tắc chọn mẫu đã được phê duyệt; tất cả ý kiến thuộc mẫu đều được tiếp thu, giải trình.",
                "Because of the number of opinions, they were considered under the approved sampling rule; every opinion of the sample has been dispositioned."))
            { Style = TextStyle.Note });
        }

        var columns = new[]
        {
            new TableColumn(text.T("STT", "No."), 0.5) { Alignment = ColumnAlignment.Center },
            new TableColumn(text.T("Nội dung ý kiến", "Opinion"), 3),
            new TableColumn(text.T("Người/cơ quan góp ý", "Given by"), 1.6),
            new TableColumn(text.T("Ý kiến tiếp thu, giải trình", "Taken up or explained"), 3),
        };
        var rows = dispositioned
            .Select((row, index) => (IReadOnlyList<string>)
            [
                (index + 1).ToString(ReportLanguage.Culture(language)),
                Opinion(row, text),
                row.SourceLabel.In(language),
                Answer(row, text),
            ])
            .ToList();
        blocks.Add(new TableBlock(columns, rows) { Caption = text.T("Bảng tổng hợp tiếp thu, giải trình ý kiến", "How each opinion was taken into account") });

        return new Document
        {
            Header = header,
            Language = language,
            Sections = [new DocumentSection { Id = "register", Number = "I", Heading = text.T("Tổng hợp tiếp thu, giải trình ý kiến", "Opinions and how they were taken into account"), Blocks = blocks }],
            Signature = ReportFrame.Signature(options, text),
        };
    }

    // The opinion as given, with its stance on its subject where the tool records one (a draft comment's agree /
    // disagree / propose wording, a hearing opinion's support / oppose), and the group it was answered with.
    private static string Opinion(ExplanationRow row, ReportText text)
    {
        var opinion = row.OpinionText;
        if (row.Stance is { } stance && stance.In(text.Language) is { Length: > 0 } said)
        {
            opinion += $" ({text.T("quan điểm", "stance")}: {said})";
        }

        return row.Group is { Length: > 0 } group ? $"{opinion} [{text.T("nhóm", "group")} {group}]" : opinion;
    }

    private static string Answer(ExplanationRow row, ReportText text)
    {
        var answer = DispositionText.Of(row.Kind!.Value, text.Language);
        if (row.Explanation is { Length: > 0 } explanation)
        {
            answer += ": " + explanation;
        }

        if (row.RecommendationId is { Length: > 0 } recommendation)
        {
            answer += $" ({text.T("kiến nghị", "recommendation")} {recommendation})";
        }

        return answer;
    }

    private static string Kinds(RegisterProgress progress, ReportText text) => string.Join("; ",
        Enum.GetValues<DispositionKind>().Select(kind =>
            $"{DispositionText.Of(kind, text.Language).ToLower(ReportLanguage.Culture(text.Language))}: {ReportLanguage.Count(progress.ByKind.TryGetValue(kind, out var n) ? n : 0, text.Language)}"));
}

using System.Globalization;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.Portal.Privacy;

/// <summary>One section of the privacy notice: a heading and its paragraphs.</summary>
internal sealed record NoticeSection(string Id, LocalText Heading, IReadOnlyList<LocalText> Paragraphs);

/// <summary>
/// The text of the privacy notice (version <see cref="PrivacyNotice.Version"/>), Vietnamese first: what is
/// collected, why, how long, who sees it, who is responsible and how to ask for deletion. Kept in code
/// beside its version so that a change of text and a change of version travel together.
/// </summary>
internal static class PrivacyNoticeText
{
    public static LocalText Title { get; } = new("Thông báo xử lý dữ liệu cá nhân", "Privacy notice");

    public static LocalText Intro { get; } = new(
        "Thông báo này cho biết cổng lấy ý kiến xử lý dữ liệu cá nhân của bạn như thế nào, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.",
        "This notice tells you how the consultation portal processes your personal data, under Decree 13/2023/NĐ-CP on personal data protection.");

    public static IReadOnlyList<NoticeSection> Sections(PrivacySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var months = settings.RetentionMonths.ToString(CultureInfo.InvariantCulture);
        var contact = settings.Contact is { Length: > 0 } c ? c : null;
        return
        [
            new("collected", new("Dữ liệu được thu thập", "What is collected"),
            [
                new("Câu trả lời của bạn cho các câu hỏi của biểu mẫu và ý kiến bạn viết.", "Your answers to the form's questions and the opinions you write."),
                new("Các thông tin không bắt buộc về bạn mà biểu mẫu hỏi (tỉnh, xã/phường, giới tính, nhóm tuổi, nghề nghiệp; dân tộc là dữ liệu nhạy cảm, chỉ được thu thập khi bạn đồng ý riêng).",
                    "Optional facts about you that the form asks (province, commune, gender, age band, occupation; ethnicity is sensitive data and is collected only with your separate consent)."),
                new("Số điện thoại hoặc số căn cước mà một số cuộc bình chọn yêu cầu: chỉ lưu một mã băm có khóa, không lưu số gốc.",
                    "The phone or citizen ID number some polls ask for: only a keyed hash of it is kept, never the number itself."),
                new("Địa chỉ email hoặc số điện thoại nếu bạn muốn được báo kết quả: lưu riêng với ý kiến và xóa sau khi đã gửi kết quả.",
                    "Your email address or phone number if you ask to be told the outcome: kept apart from your answers and deleted once the outcome is sent."),
            ]),
            new("purpose", new("Mục đích", "Why"),
            [
                new("Để Hội đồng nhân dân lấy ý kiến Nhân dân theo Luật Ban hành văn bản quy phạm pháp luật và nghị quyết của Hội đồng nhân dân về lấy ý kiến, tổng hợp và giải trình các ý kiến đã nhận.",
                    "So that the People's Council can consult the public under the Law on Promulgation of Legal Documents and the Council's resolution on consultation, and summarise and answer the opinions received."),
            ]),
            new("retention", new("Thời gian lưu trữ", "How long"),
            [
                new($"Ý kiến và thông tin về bạn được lưu {months} tháng sau khi đợt lấy ý kiến kết thúc (hoặc thời hạn riêng mà đợt lấy ý kiến công bố), sau đó bị xóa; chỉ giữ lại kết quả tổng hợp.",
                    $"Your inputs and the facts about you are kept for {months} months after the consultation closes (or the period the consultation announces), then erased; only aggregated results are kept."),
            ]),
            new("recipients", new("Ai được xem", "Who sees it"),
            [
                new("Cán bộ của Hội đồng nhân dân và của tổ chức được thuê thực hiện các bước của họ (chẳng hạn khảo sát thực địa). Kết quả công bố chỉ là số liệu tổng hợp, không nêu tên người.",
                    "Staff of the People's Council and of the contracted organisation for the steps it runs (a field survey, for example). Published results are aggregated and name no one."),
                new("Tệp xuất có dữ liệu cá nhân chỉ do Quản trị viên hoặc Thường trực Hội đồng nhân dân lấy, và mỗi lần xuất đều được ghi vào nhật ký của đợt lấy ý kiến.",
                    "Exports with personal data are taken only by Administrators or the Standing Committee, and each is written in the consultation's journal."),
            ]),
            new("controller", new("Bên kiểm soát dữ liệu và liên hệ", "Data controller and contact"),
            [
                new("Bên kiểm soát và xử lý dữ liệu: " + settings.Controller + ".", "Data controller: " + settings.ControllerEnglish + "."),
                new(contact is null ? "Bạn có thể góp ý về việc xử lý dữ liệu qua văn phòng của Hội đồng nhân dân." : "Góp ý về việc xử lý dữ liệu: " + contact + ".",
                    contact is null ? "You can give feedback on the processing of your data through the People's Council's office." : "Feedback on the processing of your data: " + contact + "."),
            ]),
            new("rights", new("Quyền của bạn", "Your rights"),
            [
                new("Bạn có quyền rút lại sự đồng ý và yêu cầu xóa ý kiến của mình trước khi hết thời hạn lưu trữ.",
                    "You may withdraw your consent and ask for your inputs to be deleted before the retention period ends."),
            ]),
        ];
    }

    public static LocalText DeletionLink { get; } = new("Yêu cầu xóa dữ liệu của tôi", "Ask for my data to be deleted");

    public static LocalText VersionLabel { get; } = new("Phiên bản thông báo", "Notice version");
}

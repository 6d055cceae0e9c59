namespace ConsultEngine.Reporting.Reports;

/// <summary>The report's own words, in Vietnamese and English.</summary>
internal sealed record ReportText(string Language)
{
    public string T(string vi, string en) => ReportLanguage.Pick(Language, vi, en);

    public string DocumentType => T("BÁO CÁO", "REPORT");

    public string NotDone => T("Bước này chưa thực hiện.", "This step has not been done yet.");

    public string Skipped => T("Bước này không thực hiện (được bỏ qua theo quy trình).", "This step was skipped by the process.");

    public string ToolNotLoaded => T("Không có công cụ nào được nạp để đọc kết quả của bước này.", "No loaded tool can read this step's results.");

    public string NoData => T("Bước này đã hoàn thành nhưng không ghi dữ liệu.", "This step was completed without recorded data.");

    public string NoInputs => T("Chưa có ý kiến nào được tính.", "No input has been counted yet.");

    public string Question => T("Câu hỏi", "Question");

    public string Option => T("Phương án", "Option");

    public string Count => T("Số lượng", "Count");

    public string Share => T("Tỷ lệ", "Share");

    public string Interval => T("Khoảng tin cậy 95%", "95% interval");

    public string Mean => T("Trung bình", "Mean");

    public string Theme => T("Chủ đề", "Theme");

    public string Passages => T("Số đoạn ý kiến", "Passages");

    public string Examples => T("Trích dẫn tiêu biểu", "Examples");

    public string Figure => T("Chỉ số", "Figure");

    public string Value => T("Giá trị", "Value");

    public string People => T("Số người", "People");

    public string Opinions => T("Số ý kiến", "Opinions");

    public string Step => T("Công cụ, bước", "Tool step");

    public string Channel => T("Kênh", "Channel");

    public string Unknown => T("Không rõ", "Not stated");

    public string Yes => T("Có", "Yes");

    public string No => T("Không", "No");

    public string WhiskerNote => T("Thanh đen: khoảng tin cậy 95% (Wilson).", "Black whiskers: 95% interval (Wilson).");

    public string Channels(Abstractions.InputChannel channel) => channel switch
    {
        Abstractions.InputChannel.Web => T("Trực tuyến", "Web"),
        Abstractions.InputChannel.Enumerator => T("Điều tra viên, cán bộ ghi nhận", "Enumerator or staff"),
        Abstractions.InputChannel.Paper => T("Phiếu giấy", "Paper"),
        _ => T("Nhập từ tệp", "File import"),
    };

    public string Attribute(string name) => name switch
    {
        "province" => T("Tỉnh/thành phố", "Province"),
        "commune" => T("Xã/phường", "Commune or ward"),
        "district" => T("Quận/huyện (trước 1/7/2025)", "District (before 1 July 2025)"),
        "gender" => T("Giới tính", "Gender"),
        "ageBand" => T("Nhóm tuổi", "Age band"),
        "ethnicity" => T("Dân tộc", "Ethnicity"),
        "occupation" => T("Nghề nghiệp", "Occupation"),
        _ => name,
    };
}

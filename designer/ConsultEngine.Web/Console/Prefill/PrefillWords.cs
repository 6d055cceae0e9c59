using System.Globalization;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.StaffConsole.Prefill;

/// <summary>
/// Numbers and the few words of a proposal in its language: Vietnamese (the default: comma decimals,
/// dot thousands) or English. The texts are data the Working Group edits, written in the language the
/// request asked for, as the report writes its own.
/// </summary>
internal sealed class PrefillWords(string language)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public bool English { get; } = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);

    public string Language => English ? "en" : "vi";

    private CultureInfo Culture => English ? CultureInfo.InvariantCulture : Vietnamese;

    public string T(string vi, string en) => English ? en : vi;

    public string Text(LocalText? text, string fallback) => text?.In(Language) is { Length: > 0 } value ? value : fallback;

    public string Count(int value) => value.ToString("N0", Culture);

    public string Number(double value) => value.ToString("#,0.##", Culture);

    public string Fixed(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    public string Percent(double share) => (share * 100).ToString("0.0", Culture) + "%";

    public string Range(Interval interval) => $"{Percent(interval.Low)} – {Percent(interval.High)}";

    public string NumberRange(Interval interval) => $"{Number(interval.Low)} – {Number(interval.High)}";

    /// <summary>p as read: "= 0,0123", or "&lt; 0,0001" when it rounds to zero at four decimals.</summary>
    public string P(double p) => p < 0.0001 ? "< " + Fixed(0.0001, 4) : "= " + Fixed(p, 4);

    public string Attribute(string name) => name switch
    {
        "province" => T("tỉnh/thành phố", "province"),
        "commune" => T("địa bàn", "locality"),
        "district" => T("quận/huyện cũ", "former district"),
        "gender" => T("giới tính", "gender"),
        "ageBand" => T("nhóm tuổi", "age band"),
        "ethnicity" => T("dân tộc", "ethnicity"),
        "occupation" => T("nghề nghiệp", "occupation"),
        _ => name,
    };

    public string Channel(InputChannel channel) => channel switch
    {
        InputChannel.Web => T("trực tuyến", "web"),
        InputChannel.Enumerator => T("điều tra viên, cán bộ nhập", "enumerator"),
        InputChannel.Paper => T("phiếu giấy", "paper"),
        InputChannel.Import => T("nhập từ tệp", "file import"),
        _ => channel.ToString(),
    };
}

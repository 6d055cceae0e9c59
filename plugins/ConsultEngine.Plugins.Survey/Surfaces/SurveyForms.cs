using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;
using ConsultEngine.Plugins.Survey.Steps;

namespace ConsultEngine.Plugins.Survey.Surfaces;

/// <summary>
/// The survey's two forms, both sent as a submission: <c>main</c>, the questionnaire a citizen fills in on the
/// web, page by page; and <c>entry</c>, the same questions on one page for an enumerator's interview or a paper
/// sheet typed in, with the sheet's free comment and the respondent's attributes (which quotas and cross-tabs
/// count) after them.
/// </summary>
internal static class SurveyForms
{
    public const string Main = "main";
    public const string Entry = "entry";

    /// <summary>
    /// The attributes the entry form asks, in order: the commune (ward, commune or special zone: districts were abolished
    /// on 1 July 2025), gender, age band and ethnicity, then any a quota counts.
    /// </summary>
    private static readonly string[] EntryAttributes = ["commune", "gender", "ageBand", "ethnicity"];

    public static SurfaceForm MainForm(Questionnaire questionnaire) => new()
    {
        Id = Main,
        Target = FormTarget.Submission,
        Fields = SurveyFields.Of(questionnaire),
        Pages = SurveyPages.Of(questionnaire),
        SubmitLabel = new LocalText("Gửi phiếu", "Send"),
    };

    public static SurfaceForm EntryForm(Questionnaire questionnaire, SurveyConfig config)
    {
        var attributes = EntryAttributes.Concat(RespondentAttributes.Names.Where(config.Quotas.ContainsKey)).Distinct(StringComparer.Ordinal);
        return new SurfaceForm
        {
            Id = Entry,
            Title = new LocalText("Nhập phiếu khảo sát", "Enter a survey response"),
            Instructions = SurveyFields.Introduction(questionnaire) is { } intro
                ? new LocalText("Nhập câu trả lời như trên phiếu; để trống câu người trả lời không được hỏi. " + intro.Vi, "Enter the answers as on the sheet; leave a question the respondent was not asked empty. " + intro.En)
                : new LocalText("Nhập câu trả lời như trên phiếu; để trống câu người trả lời không được hỏi.", "Enter the answers as on the sheet; leave a question the respondent was not asked empty."),
            Target = FormTarget.Submission,
            Fields =
            [
                .. SurveyFields.Of(questionnaire),
                new FormField { Path = "/text", Label = new LocalText("Ý kiến ghi thêm trên phiếu", "Further comments on the sheet"), Widget = FieldWidget.TextArea },
                .. attributes.Select(a => Attribute(a, config)),
            ],
            SubmitLabel = new LocalText("Lưu phiếu", "Save the response"),
        };
    }

    /// <summary>The form of <paramref name="formId"/>, or null when the survey has no such form.</summary>
    public static SurfaceForm? Find(string formId, Questionnaire questionnaire, SurveyConfig config) => formId switch
    {
        Main => MainForm(questionnaire),
        Entry => EntryForm(questionnaire, config),
        _ => null,
    };

    private static FormField Attribute(string attribute, SurveyConfig config)
    {
        var field = new FormField { Path = SurveyFields.RespondentPath(attribute), Label = AttributeLabel(attribute), Autocomplete = "off" };
        return config.Quotas.TryGetValue(attribute, out var limits) && limits.Count > 0
            ? field with { Hint = new LocalText("Các nhóm có hạn ngạch: " + string.Join(", ", limits.Keys), "Groups with a quota: " + string.Join(", ", limits.Keys)) }
            : field;
    }

    public static LocalText AttributeLabel(string attribute) => attribute switch
    {
        "province" => new("Tỉnh/thành phố", "Province"),
        "commune" => new("Xã/phường/đặc khu", "Commune, ward or special zone"),
        "district" => new("Quận/huyện (trước 1/7/2025)", "District (before 1 July 2025)"),
        "gender" => new("Giới tính", "Gender"),
        "ageBand" => new("Nhóm tuổi", "Age band"),
        "ethnicity" => new("Dân tộc", "Ethnicity"),
        "occupation" => new("Nghề nghiệp", "Occupation"),
        _ => new(attribute, attribute),
    };
}

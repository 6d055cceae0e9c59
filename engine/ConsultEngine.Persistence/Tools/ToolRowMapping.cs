using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Persistence.Tools;

/// <summary>Converts between the SDK's input and record types and the rows of the tool tables.</summary>
internal static class ToolRowMapping
{
    private const string NoThemes = "[]";

    // Channels are stored by name (as the instance store stores its enums), never by number.
    private static readonly string[] ChannelNames = Enum.GetNames<InputChannel>();

    public static ToolInputRow ToRow(this ConsultationInput input) => new()
    {
        Id = input.Id,
        InstanceId = input.InstanceId,
        StepId = input.StepId,
        Tool = input.Tool,
        Channel = ChannelName(input.Channel),
        Collector = input.Collector,
        Province = input.Respondent.Province,
        Commune = input.Respondent.Commune,
        CommuneCode = input.Respondent.CommuneCode,
        District = input.Respondent.District,
        Gender = input.Respondent.Gender,
        AgeBand = input.Respondent.AgeBand,
        Ethnicity = input.Respondent.Ethnicity,
        Occupation = input.Respondent.Occupation,
        Subject = input.Subject,
        AnswersJson = input.Answers is { ValueKind: not JsonValueKind.Undefined } answers ? answers.GetRawText() : null,
        Text = input.Text,
        ThemesJson = ThemesJson(input.Themes),
        Flags = (int)input.Flags,
        UniqueKey = input.UniqueKey,
        SubmittedAt = input.SubmittedAt,
        RecordedAt = input.RecordedAt,
    };

    public static ConsultationInput ToInput(this ToolInputRow row) => new()
    {
        Id = row.Id,
        InstanceId = row.InstanceId,
        StepId = row.StepId,
        Tool = row.Tool,
        Channel = Enum.Parse<InputChannel>(row.Channel),
        Collector = row.Collector,
        Respondent = row is { Province: null, Commune: null, CommuneCode: null, District: null, Gender: null, AgeBand: null, Ethnicity: null, Occupation: null }
            ? RespondentAttributes.None
            : new RespondentAttributes
            {
                Province = row.Province,
                Commune = row.Commune,
                CommuneCode = row.CommuneCode,
                District = row.District,
                Gender = row.Gender,
                AgeBand = row.AgeBand,
                Ethnicity = row.Ethnicity,
                Occupation = row.Occupation,
            },
        Subject = row.Subject,
        Answers = row.AnswersJson is null ? null : JsonElement.Parse(row.AnswersJson),
        Text = row.Text,
        Themes = row.ThemesJson == NoThemes ? [] : JsonSerializer.Deserialize<string[]>(row.ThemesJson) ?? [],
        Flags = (InputMarks)row.Flags,
        UniqueKey = row.UniqueKey,
        SubmittedAt = row.SubmittedAt,
        RecordedAt = row.RecordedAt,
    };

    public static string ChannelName(InputChannel channel) =>
        (uint)channel < (uint)ChannelNames.Length ? ChannelNames[(int)channel] : throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not an input channel.");

    public static string ThemesJson(IReadOnlyList<string>? themes) =>
        themes is null || themes.Count == 0 ? NoThemes : JsonSerializer.Serialize(themes);

    /// <summary>The column of a respondent attribute (one of <see cref="RespondentAttributes.Names"/>), or <see langword="null"/>.</summary>
    public static string? AttributeProperty(string attribute) => attribute switch
    {
        "province" => nameof(ToolInputRow.Province),
        "commune" => nameof(ToolInputRow.Commune),
        "communeCode" => nameof(ToolInputRow.CommuneCode),
        "district" => nameof(ToolInputRow.District),
        "gender" => nameof(ToolInputRow.Gender),
        "ageBand" => nameof(ToolInputRow.AgeBand),
        "ethnicity" => nameof(ToolInputRow.Ethnicity),
        "occupation" => nameof(ToolInputRow.Occupation),
        _ => null,
    };

    public static ToolRecord ToRecord(this ToolRecordRow row) =>
        new(row.Collection, row.Key, JsonElement.Parse(row.ValueJson), row.Version, row.UpdatedAt);
}

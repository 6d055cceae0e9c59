using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>Inputs for the tool-store tests, and a comparison of inputs field by field (JSON by its text).</summary>
internal static class ToolInputs
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 30, 15, TimeSpan.Zero);

    public static ConsultationInput Input(Guid instanceId, string stepId, string? uniqueKey = null, string? subject = null,
        InputChannel channel = InputChannel.Web, InputMarks flags = InputMarks.None, string? commune = null, string? text = null) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = instanceId,
        StepId = stepId,
        Tool = "online-poll",
        Channel = channel,
        Subject = subject,
        Respondent = commune is null ? RespondentAttributes.None : new RespondentAttributes { Commune = commune },
        Text = text,
        Flags = flags,
        UniqueKey = uniqueKey,
        SubmittedAt = T0,
    };

    /// <summary>An input with every field set, Vietnamese text and a time with sub-millisecond ticks and an offset.</summary>
    public static ConsultationInput Full(Guid instanceId, string stepId) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = instanceId,
        StepId = stepId,
        Tool = "survey",
        Channel = InputChannel.Enumerator,
        Collector = "dtv.tran-thi-mai",
        Respondent = new RespondentAttributes
        {
            Province = "Đà Nẵng",
            Commune = "Hải Châu",
            CommuneCode = "hai-chau",
            Gender = "nữ",
            AgeBand = "30-44",
            Ethnicity = "Kinh",
            Occupation = "giáo viên",
        },
        Subject = "phi-trong-giu-xe",
        Answers = JsonElement.Parse("""{"q1":"đồng ý","q2":4,"q3":["a","c"]}"""),
        Text = "Nên miễn phí cho học sinh.",
        Themes = ["phí", "học sinh"],
        Flags = InputMarks.Pilot,
        UniqueKey = "hmac:9f2c",
        SubmittedAt = new DateTimeOffset(2026, 3, 2, 15, 30, 15, TimeSpan.FromHours(7)).AddTicks(1_234_567),
    };

    /// <summary>Asserts that <paramref name="actual"/> holds what <paramref name="expected"/> gave; times compare as instants.</summary>
    public static void AssertSame(ConsultationInput expected, ConsultationInput? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(Shape(expected), Shape(actual));
    }

    private static object Shape(ConsultationInput i) => new
    {
        i.Id,
        i.InstanceId,
        i.StepId,
        i.Tool,
        i.Channel,
        i.Collector,
        i.Respondent,
        i.Subject,
        Answers = i.Answers?.GetRawText(),
        i.Text,
        Themes = string.Join('|', i.Themes),
        i.Flags,
        i.UniqueKey,
        SubmittedAt = i.SubmittedAt.UtcTicks,
    };
}

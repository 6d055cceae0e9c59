using System.Text.Json;

namespace ConsultEngine.Abstractions.Tests;

/// <summary>Small hand-made inputs for the analyzer's tests.</summary>
internal static class Inputs
{
    private static int _next;

    public static ConsultationInput Input(string? answersJson = null, string? text = null, InputMarks flags = InputMarks.None, RespondentAttributes? respondent = null, string? uniqueKey = null, string? subject = null, IReadOnlyList<string>? themes = null) => new()
    {
        Id = new Guid($"00000000-0000-4000-8000-{Interlocked.Increment(ref _next):000000000000}"),
        InstanceId = Guid.Empty,
        StepId = "step",
        Tool = "test",
        Channel = InputChannel.Web,
        Answers = answersJson is null ? null : JsonDocument.Parse(answersJson).RootElement.Clone(),
        Text = text,
        Flags = flags,
        Respondent = respondent ?? RespondentAttributes.None,
        UniqueKey = uniqueKey,
        Subject = subject,
        Themes = themes ?? [],
        SubmittedAt = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7)),
    };

    public static RespondentAttributes Person(string? gender = null, string? commune = null) => new() { Gender = gender, Commune = commune };
}

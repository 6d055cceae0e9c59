using System.Globalization;
using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>The staff actions on what was said: `add-speaker` (a speaker and the opinions they gave) and `code-opinion`.</summary>
internal static class SpeakerActions
{
    public const int MaxThemeLength = 100;

    public static async ValueTask<ActionResult> AddSpeakerAsync(ToolContext context, JsonElement json, CancellationToken cancellationToken)
    {
        var payload = new Payload(json);
        var sessionId = payload.String("sessionId");
        var name = payload.String("name");
        var registrationId = payload.String("registrationId");
        var organisation = payload.String("organisation");
        var respondent = payload.Respondent("respondent");
        var opinions = new List<(string Text, (string? Stance, string? Article, string? Speaker) Answers)>();
        foreach (var opinion in payload.Objects("opinions") ?? [])
        {
            var text = opinion.String("text");
            if (text is null or { Length: > Opinions.MaxLength })
            {
                opinion.Add(PublicHearingCodes.OpinionMissing, "text", "Ý kiến cần nội dung (tối đa 20.000 ký tự). / An opinion needs a text (at most 20,000 characters).");
            }

            var stance = opinion.String("stance");
            if (stance is not null && !Opinions.Stances.Any(s => s.Value == stance))
            {
                opinion.Add(PublicHearingCodes.StanceInvalid, "stance", "Quan điểm là support, oppose, amend hoặc other. / The stance is support, oppose, amend or other.");
            }

            var article = opinion.String("article");
            if (article is { Length: > Opinions.MaxArticleLength })
            {
                opinion.Add(PublicHearingCodes.OpinionAnswersInvalid, "article", "Điều khoản tối đa 200 ký tự. / An article is at most 200 characters.");
            }

            opinions.Add((text ?? "", (stance, article, null)));
        }

        payload.ThrowIfAny("Người phát biểu chưa hợp lệ. / The speaker is not valid.");
        var session = await Hearing.SessionAsync(context, sessionId, cancellationToken).ConfigureAwait(false);
        Registration? registration = null;
        if (registrationId is not null)
        {
            var roster = await Hearing.RosterAsync(context, session, cancellationToken).ConfigureAwait(false);
            registration = roster.Find(registrationId) ?? throw Hearing.Refusal(context, PublicHearingCodes.RegistrationUnknown, "Không có đăng ký này. / There is no such registration.");
        }

        var displayName = name is not null ? PersonName.Display(name) : registration?.DisplayName;
        if (displayName is null)
        {
            throw Hearing.Refusal(context, PublicHearingCodes.SpeakerNameMissing, "Cần tên người phát biểu hoặc mã đăng ký. / A speaker's name or registration id is needed.");
        }

        if (respondent == RespondentAttributes.None && registration is not null)
        {
            respondent = registration.Respondent;
        }

        var now = context.Now;
        var speaker = await VersionedRecords.UpdateAsync<SessionSpeakers, Speaker>(context, SessionSpeakers.Collection, session.Id, current =>
        {
            var speakers = current ?? new SessionSpeakers(session.Id, []);
            var number = speakers.Speakers.Count + 1;
            var added = new Speaker(string.Create(CultureInfo.InvariantCulture, $"{session.Id}-s{number:D2}"), number, displayName, now)
            {
                RegistrationId = registration?.Id,
                Organisation = organisation,
                Respondent = respondent,
                AddedBy = context.Actor,
            };
            return (speakers with { Speakers = [.. speakers.Speakers, added] }, added);
        }, cancellationToken).ConfigureAwait(false);

        var ids = new List<Guid>();
        foreach (var (text, answers) in opinions)
        {
            var input = Opinions.Input(context, InputChannel.Enumerator, session.Id, text, answers with { Speaker = speaker.Id }, respondent, null, now);
            await context.Inputs.AppendAsync(input, UniqueKeyConflict.Refuse, cancellationToken).ConfigureAwait(false);
            ids.Add(input.Id);
        }

        return new ActionResult { SessionId = session.Id, SpeakerId = speaker.Id, DisplayName = speaker.DisplayName, InputIds = ids };
    }

    public static async ValueTask<ActionResult> CodeOpinionAsync(ToolContext context, JsonElement json, CancellationToken cancellationToken)
    {
        var payload = new Payload(json);
        var inputId = payload.String("inputId");
        var themes = payload.Strings("themes");
        if (!Guid.TryParse(inputId, CultureInfo.InvariantCulture, out var id))
        {
            payload.Add(ToolCodes.PayloadInvalid, "inputId", "Mã ý kiến không hợp lệ. / The input id is not valid.");
        }

        if (themes is null || themes.Any(t => t.Length is 0 or > MaxThemeLength))
        {
            payload.Add(PublicHearingCodes.ThemesInvalid, "themes", "Chủ đề là chuỗi không rỗng, tối đa 100 ký tự. / A theme is a non-empty string of at most 100 characters.");
        }

        payload.ThrowIfAny("Mã hóa ý kiến chưa hợp lệ. / The coding is not valid.");
        var input = await context.Inputs.FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw Hearing.Refusal(context, ToolCodes.InputNotFound, "Không có ý kiến này. / There is no such opinion.");
        var coded = themes!.Distinct(StringComparer.Ordinal).ToList();
        await context.Inputs.UpdateAsync(input.Id, input.Flags, coded, cancellationToken).ConfigureAwait(false);
        return new ActionResult { InputId = input.Id, SessionId = input.Subject, Themes = coded };
    }
}

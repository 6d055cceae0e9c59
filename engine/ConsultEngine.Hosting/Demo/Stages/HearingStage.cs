using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Demo.Data;
using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// Two hearing sessions on the draft resolution — a rural commune and a city ward. People register on
/// the portal beforehand; on the day staff check them in, record the speakers and their opinions (a
/// department answers too), code each opinion to the codebook and record the minutes.
/// </summary>
internal sealed class HearingStage
{
    private const string Step = "run-public-hearing";

    private sealed record Session(string Id, string Title, string Venue, string Address, DateTimeOffset StartsAt, Func<Commune, bool> Near,
        IReadOnlyList<(string Text, string Stance, string Article, string[] Themes)> Opinions);

    /// <summary>The fieldwork days the two sessions are held on.</summary>
    public static IReadOnlyList<int> SessionDays { get; } = [6, 7];

    private Session[] _sessions = [];
    private readonly Dictionary<string, List<(string Id, Person Person)>> _people = new(StringComparer.Ordinal);

    /// <summary>Adds the two sessions, held on <see cref="SessionDays"/> at the hour fieldwork starts; the public registers for them.</summary>
    public async Task SetUpAsync(DemoRun run)
    {
        var start = run.Now;
        _sessions =
        [
            new("xa-nghi-loc", "Điều trần về giá dịch vụ thu gom rác thải sinh hoạt tại xã Nghi Lộc", "Hội trường UBND xã Nghi Lộc", "xã Nghi Lộc, tỉnh Nghệ An",
                start.AddDays(SessionDays[0]), c => c.Area == Area.Lowland, HearingOpinions.Rural),
            new("phuong-truong-vinh", "Điều trần về giá dịch vụ thu gom rác thải sinh hoạt tại phường Trường Vinh", "Nhà văn hóa phường Trường Vinh", "phường Trường Vinh, tỉnh Nghệ An",
                start.AddDays(SessionDays[1]), c => c.Area == Area.Ward, HearingOpinions.Urban),
        ];
        foreach (var session in _sessions)
        {
            await run.ActAsync(Step, "add-session", new JsonObject
            {
                ["id"] = session.Id,
                ["title"] = new JsonObject { ["vi"] = session.Title, ["en"] = "Hearing on the household waste collection price" },
                ["venue"] = session.Venue,
                ["address"] = session.Address,
                ["startsAt"] = DemoRun.Iso(session.StartsAt),
                ["endsAt"] = DemoRun.Iso(session.StartsAt.AddHours(3.5)),
                ["capacity"] = 150,
            }, Actors.Office);
        }

        for (var s = 0; s < _sessions.Length; s++)
        {
            _people[_sessions[s].Id] = await RegisterAsync(run, _sessions[s], s);
        }
    }

    /// <summary>Holds the session of the given index (check-in, speakers, coding, minutes).</summary>
    public Task HoldAsync(DemoRun run, int index) => HoldAsync(run, _sessions[index], _people[_sessions[index].Id]);

    public static Task CloseAsync(DemoRun run) => run.CloseAsync(Step, Actors.Office);

    private static async Task<List<(string Id, Person Person)>> RegisterAsync(DemoRun run, Session session, int series)
    {
        var registered = new List<(string, Person)>();
        for (var i = 0; i < run.Options.HearingRegistrationsPerSession; i++)
        {
            var person = Population.Draw(run.Random, session.Near);
            var answer = await run.ActPublicAsync(Step, "register", new JsonObject
            {
                ["sessionId"] = session.Id,
                ["fullName"] = PeopleNames.FullName(run.Random, person.Gender),
                ["phone"] = PeopleNames.Mobile(i, series + 3),
                ["respondent"] = Respondent(person),
            }) ?? throw new DemoException(DemoCodes.ScriptRefused, "A hearing registration returned nothing.");
            registered.Add((answer.GetProperty("registrationId").GetString()!, person));
        }

        return registered;
    }

    private static async Task HoldAsync(DemoRun run, Session session, List<(string Id, Person Person)> registered)
    {
        var attended = registered.Where(_ => run.Random.NextDouble() < 0.82).ToList();
        foreach (var (id, _) in attended)
        {
            await run.ActAsync(Step, "check-in", new JsonObject { ["sessionId"] = session.Id, ["registrationId"] = id }, Actors.OfficeDeputy);
        }

        var opinions = session.Opinions.ToList();
        var speakers = attended.OrderBy(_ => run.Random.Next()).Take(9).ToList();
        var next = 0;
        foreach (var (id, _) in speakers)
        {
            var said = opinions.Skip(next).Take(run.Random.NextDouble() < 0.35 ? 2 : 1).ToList();
            next = (next + said.Count) % opinions.Count;
            await SpeakAsync(run, session, new JsonObject { ["sessionId"] = session.Id, ["registrationId"] = id }, said);
        }

        // A department answers for the People's Committee: recorded as a speaker with an organisation.
        await SpeakAsync(run, session, new JsonObject { ["sessionId"] = session.Id, ["name"] = "Nguyễn Thị Hồng Vân", ["organisation"] = "Sở Tài chính" },
            [("Sở Tài chính tiếp thu; mức giá tối đa sẽ tính đủ chi phí thu gom và vận chuyển, phần xử lý tiếp tục do ngân sách tỉnh hỗ trợ đến năm 2028.", "other", HearingOpinions.ArticlePrice, [Codebook.Price, Codebook.Transparency])]);

        if (run.StoryTime)
        {
            // Minutes are recorded once the session has begun; with the system clock the session lies ahead.
            await run.ActAsync(Step, "record-minutes", new JsonObject
            {
                ["sessionId"] = session.Id,
                ["summary"] = new JsonObject { ["vi"] = $"{session.Title}: {attended.Count} người tham dự, {speakers.Count + 1} lượt phát biểu.", ["en"] = $"{attended.Count} attended, {speakers.Count + 1} spoke." },
                ["conclusions"] = new JsonArray("Đề nghị UBND tỉnh cân nhắc mức giá riêng cho khu vực nông thôn, miền núi.", "Bổ sung đối tượng miễn, giảm là hộ nghèo, cận nghèo, người cao tuổi sống một mình.", "Có lộ trình trước khi tính giá theo khối lượng."),
                ["adoptedBy"] = "Thường trực HĐND tỉnh",
            }, Actors.OfficeDeputy);
        }
    }

    private static async Task SpeakAsync(DemoRun run, Session session, JsonObject speaker, List<(string Text, string Stance, string Article, string[] Themes)> said)
    {
        speaker["opinions"] = new JsonArray([.. said.Select(o => (JsonNode)new JsonObject { ["text"] = o.Text, ["stance"] = o.Stance, ["article"] = o.Article })]);
        var answer = await run.ActAsync(Step, "add-speaker", speaker, Actors.OfficeDeputy)
            ?? throw new DemoException(DemoCodes.ScriptRefused, $"The session '{session.Id}' recorded no speaker.");
        var ids = answer.GetProperty("inputIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            await run.ActAsync(Step, "code-opinion", new JsonObject { ["inputId"] = ids[i].ToString(), ["themes"] = new JsonArray([.. said[i].Themes.Select(t => (JsonNode)t)]) }, Actors.WorkingGroup);
        }
    }

    private static JsonObject Respondent(Person person) => new()
    {
        ["province"] = Province,
        ["commune"] = person.Commune.Name,
        ["gender"] = person.Gender,
        ["ageBand"] = person.AgeBand,
        ["ethnicity"] = person.Ethnicity,
        ["occupation"] = person.Occupation,
    };
}

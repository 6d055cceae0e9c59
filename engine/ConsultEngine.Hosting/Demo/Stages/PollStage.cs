using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Demo.Data;
using ConsultEngine.Hosting.Tools;
using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// The online poll on the portal: two questions, one vote per verified phone number. Votes arrive over
/// four weeks, more from the wards and younger people; a few people try to vote twice and are refused.
/// </summary>
internal sealed class PollStage
{
    private const string Step = "run-online-poll";
    public const int VotingDays = 28;

    private List<Submission> _votes = [];

    public async Task SetUpAsync(DemoRun run)
    {
        await run.ActAsync(Step, "set-up", $$"""
            { "opensAt": "{{DemoRun.Iso(run.Now)}}", "closesAt": "{{DemoRun.Iso(run.Now.AddDays(VotingDays + 1))}}",
              "questions": [
                { "id": "phuong-an-gia", "title": { "vi": "Anh/Chị chọn phương án tính giá dịch vụ thu gom rác nào?", "en": "Which way of charging for waste collection do you choose?" }, "choice": "single",
                  "options": [
                    { "value": "theo-ho", "label": { "vi": "Theo hộ gia đình, mức cố định mỗi tháng", "en": "A flat monthly price per household" } },
                    { "value": "theo-khoi-luong", "label": { "vi": "Theo khối lượng, qua túi đựng rác có in giá", "en": "By volume, through priced bags" } },
                    { "value": "ket-hop", "label": { "vi": "Kết hợp mức cơ bản và thu thêm khi vượt định mức", "en": "A base price plus a charge above a quota" } } ] },
                { "id": "uu-tien", "title": { "vi": "Nguồn thu tăng thêm nên ưu tiên cho việc gì? (tối đa 2)", "en": "What should extra revenue go to first? (at most 2)" }, "choice": "multiple", "maxChoices": 2,
                  "options": [
                    { "value": "tang-tan-suat", "label": { "vi": "Tăng số lần thu gom", "en": "More frequent collection" } },
                    { "value": "thung-phan-loai", "label": { "vi": "Cấp thùng, túi phân loại", "en": "Sorting bins and bags" } },
                    { "value": "diem-tap-ket", "label": { "vi": "Cải tạo điểm tập kết", "en": "Better collection points" } },
                    { "value": "mien-giam", "label": { "vi": "Miễn, giảm cho hộ khó khăn", "en": "Exemptions for poor households" } },
                    { "value": "lo-dot", "label": { "vi": "Lò đốt quy mô cụm xã", "en": "Small incinerators" } } ] } ] }
            """, Actors.Office);

        _votes = new List<Submission>(run.Options.PollVotes);
        for (var i = 0; i < run.Options.PollVotes; i++)
        {
            _votes.Add(Vote(run.Random, PeopleNames.Mobile(i, 1)));
        }
    }

    /// <summary>One day's votes; on the last day some people try to vote a second time and are refused.</summary>
    public async Task DayAsync(DemoRun run, int day)
    {
        var perDay = (int)Math.Ceiling(_votes.Count / (double)VotingDays);
        var batch = _votes.Skip(day * perDay).Take(perDay).ToList();
        if (batch.Count > 0)
        {
            await run.SubmitAllAsync(Step, batch, ToolCaller.Public());
        }

        if (day == VotingDays - 1)
        {
            var refused = await run.SubmitAllAsync(Step, [.. _votes.Where((_, i) => i % 40 == 7)], ToolCaller.Public(), refusalsExpected: true);
            run.Facts["pollRepeatsRefused"] = refused.Count;
        }
    }

    public static Task CloseAsync(DemoRun run) => run.CloseAsync(Step, Actors.Office);

    private static Submission Vote(Random random, string phone)
    {
        // Poll voters lean to the wards and to younger people: the portal is reached by phone.
        var person = Population.Draw(random, random.NextDouble() < 0.62 ? c => c.Area == Area.Ward : null);
        var young = person.AgeBand is "18-29" or "30-44";
        var option = Population.Pick(random, (person.Commune.Area, young) switch
        {
            (Area.Ward, true) => [("theo-khoi-luong", 0.49), ("ket-hop", 0.33), ("theo-ho", 0.18)],
            (Area.Ward, false) => [("theo-khoi-luong", 0.3), ("ket-hop", 0.36), ("theo-ho", 0.34)],
            (Area.Lowland, _) => [("theo-khoi-luong", 0.19), ("ket-hop", 0.35), ("theo-ho", 0.46)],
            _ => (IReadOnlyList<(string, double)>)[("theo-khoi-luong", 0.08), ("ket-hop", 0.2), ("theo-ho", 0.72)],
        });
        var priorities = new JsonArray();
        var wanted = person.Commune.Area switch
        {
            Area.Ward => new (string, double)[] { ("diem-tap-ket", 0.45), ("thung-phan-loai", 0.42), ("tang-tan-suat", 0.35), ("mien-giam", 0.15), ("lo-dot", 0.08) },
            Area.Lowland => [("tang-tan-suat", 0.55), ("thung-phan-loai", 0.35), ("mien-giam", 0.3), ("diem-tap-ket", 0.2), ("lo-dot", 0.15)],
            _ => [("tang-tan-suat", 0.5), ("mien-giam", 0.48), ("lo-dot", 0.35), ("thung-phan-loai", 0.2), ("diem-tap-ket", 0.1)],
        };
        foreach (var (value, chance) in wanted)
        {
            if (priorities.Count < 2 && random.NextDouble() < chance)
            {
                priorities.Add(value);
            }
        }

        var answers = new JsonObject { ["phuong-an-gia"] = option };
        if (priorities.Count > 0)
        {
            answers["uu-tien"] = priorities;
        }

        return new Submission
        {
            Channel = InputChannel.Web,
            Identifier = phone,
            Answers = JsonSerializer.SerializeToElement(answers),
            Respondent = person.Attributes with { Occupation = null, Province = Province },
        };
    }
}

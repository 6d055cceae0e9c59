using ConsultEngine.Abstractions;
using Snapshooter.Xunit;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

/// <summary>The hearing's analysis of a fixed data set: two sessions in Đà Nẵng on the draft resolution on on-street parking fees.</summary>
public class AnalysisSnapshotTests
{
    [Fact]
    public async Task Analysis_OfAFixedHearing_MatchesTheSnapshot()
    {
        var bench = HearingBench.Create();
        await bench.OpenAsync();
        await bench.ExecuteAsync("add-session", HearingBench.Session("hai-chau", capacity: 4));
        await bench.ExecuteAsync("add-session", HearingBench.Session("son-tra", capacity: 3, starts: "2026-01-10T14:00:00+07:00", ends: "2026-01-10T17:00:00+07:00"));

        string[] morning = ["Nguyễn Văn An|0905200001|Hải Châu|nam|45-59|kinh doanh", "Trần Thị Bình|0905200002|Hải Châu|nữ|30-44|công chức", "Lê Văn Cường|0905200003|Thanh Khê|nam|60+|hưu trí", "Phạm Thị Dung|0905200004|Hải Châu|nữ|18-29|sinh viên", "Đỗ Văn Em|0905200005|Thanh Khê|nam|30-44|lái xe", "Trương Thị Lan|0905200006|Cẩm Lệ|nữ|45-59|nội trợ"];
        string[] afternoon = ["Võ Thị Phương|0935200006|Sơn Trà|nữ|45-59|tiểu thương", "Huỳnh Văn Giang|0935200007|Sơn Trà|nam|30-44|ngư dân", "Alăng Thị Hoa|0935200008|Sơn Trà|nữ|18-29|sinh viên", "Bùi Văn Khoa|0935200009|Ngũ Hành Sơn|nam|60+|hưu trí"];
        foreach (var (session, people) in new[] { ("hai-chau", morning), ("son-tra", afternoon) })
        {
            foreach (var person in people)
            {
                var p = person.Split('|');
                await HearingBench.RegisterAsync(bench, p[0], p[1], session, respondent: $$"""{ "province": "Đà Nẵng", "commune": "{{p[2]}}", "gender": "{{p[3]}}", "ageBand": "{{p[4]}}", "occupation": "{{p[5]}}" }""");
                bench.Clock.Advance(TimeSpan.FromMinutes(13));
            }
        }

        await bench.ExecuteAsync("cancel-registration", """{ "sessionId": "son-tra", "registrationId": "son-tra-002", "phone": "0935200007" }""", actor: null);

        bench.Clock.AdvanceTo(HearingBench.MorningStart);
        foreach (var id in new[] { "hai-chau-001", "hai-chau-002", "hai-chau-003" })
        {
            await bench.ExecuteAsync("check-in", $$"""{ "sessionId": "hai-chau", "registrationId": "{{id}}" }""");
        }

        // The first on the waiting list takes the seat of a no-show; the second stays on the list.
        await bench.ExecuteAsync("check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-005" }""");
        var opinions = new List<Guid>();
        async Task Speak(string session, string? registration, string? name, params (string Text, string Stance, string Article)[] said)
        {
            var who = registration is null ? $"\"name\": \"{name}\", \"organisation\": \"Hiệp hội Vận tải ô tô\"" : $"\"registrationId\": \"{registration}\"";
            var items = string.Join(", ", said.Select(s => $$"""{ "text": "{{s.Text}}", "stance": "{{s.Stance}}", "article": "{{s.Article}}" }"""));
            var result = (await bench.ExecuteAsync("add-speaker", $$"""{ "sessionId": "{{session}}", {{who}}, "opinions": [{{items}}] }"""))!.Value;
            opinions.AddRange(result.GetProperty("inputIds").EnumerateArray().Select(e => e.GetGuid()));
            bench.Clock.Advance(TimeSpan.FromMinutes(9));
        }

        bench.Clock.Advance(TimeSpan.FromMinutes(30));
        await Speak("hai-chau", "hai-chau-001", null,
            ("Mức phí 30.000 đồng mỗi giờ là quá cao đối với hộ kinh doanh nhỏ.", "oppose", "Điều 4"),
            ("Đề nghị có giá ưu đãi theo tháng cho người kinh doanh trên tuyến phố.", "amend", "Điều 4"));
        await Speak("hai-chau", "hai-chau-002", null,
            ("Tôi đồng ý thu phí để giảm ùn tắc ở trung tâm.", "support", "Điều 2"));
        await Speak("hai-chau", "hai-chau-003", null,
            ("Người cao tuổi và người khuyết tật cần được miễn phí.", "amend", "Điều 6"));
        await Speak("hai-chau", null, "Ngô Quang Hải",
            ("Cần bố trí thêm bãi đỗ xe trước khi thu phí dưới lòng đường.", "amend", "Điều 3"));

        bench.Clock.AdvanceTo(HearingBench.MorningStart.AddHours(6.5));
        foreach (var id in new[] { "son-tra-001", "son-tra-003", "son-tra-004" })
        {
            await bench.ExecuteAsync("check-in", $$"""{ "sessionId": "son-tra", "registrationId": "{{id}}" }""");
        }

        await Speak("son-tra", "son-tra-001", null,
            ("Phí thu được phải công khai và dùng để làm vỉa hè.", "support", "Điều 8"));
        await Speak("son-tra", "son-tra-003", null,
            ("Sinh viên đi xe máy nên không bị ảnh hưởng, tôi đồng ý.", "support", "Điều 2"),
            ("Nên thu phí bằng ứng dụng điện thoại, tránh dùng tiền mặt.", "amend", "Điều 5"));

        // A written opinion handed in at the afternoon session.
        var written = await bench.SubmitAsync(new Submission
        {
            Channel = InputChannel.Paper,
            Subject = "son-tra",
            Text = "Không đồng ý thu phí vào cuối tuần vì ảnh hưởng đến du lịch.",
            Answers = ConsultEngine.Testing.Tools.ToolTestBench.Parse("""{ "stance": "oppose", "article": "Điều 4" }"""),
            Respondent = new RespondentAttributes { Province = "Đà Nẵng", Commune = "Sơn Trà", Gender = "nam", AgeBand = "45-59", Occupation = "kinh doanh" },
            Collector = "thu-ky-phien",
        }, actor: "thu-ky-phien");
        opinions.Add(written.Result.Inputs[0].Id);

        // The Working Group codes the opinions.
        string[][] themes = [["muc-phi"], ["muc-phi", "uu-dai"], ["giam-un-tac"], ["mien-giam"], ["bai-do-xe"], ["cong-khai-nguon-thu"], ["giam-un-tac"], ["thanh-toan-dien-tu"]];
        for (var i = 0; i < opinions.Count - 1; i++)
        {
            await bench.ExecuteAsync("code-opinion", $$"""{ "inputId": "{{opinions[i]}}", "themes": [{{string.Join(", ", themes[i].Select(t => $"\"{t}\""))}}] }""");
        }

        bench.Clock.AdvanceTo(HearingBench.MorningStart.AddHours(9.5));
        await bench.ExecuteAsync("record-minutes", """{ "sessionId": "hai-chau", "summary": "Bốn người phát biểu; ý kiến tập trung vào mức phí và chính sách miễn giảm.", "conclusions": ["Đề nghị Ban soạn thảo xem xét mức phí theo tháng", "Bổ sung đối tượng miễn phí"], "attendance": 6, "adoptedBy": "Chủ tọa phiên điều trần" }""");
        await bench.ExecuteAsync("record-minutes", """{ "sessionId": "son-tra", "summary": "Hai người phát biểu và một văn bản góp ý.", "conclusions": ["Công khai nguồn thu"], "adoptedBy": "Chủ tọa phiên điều trần" }""");
        await bench.CloseAsync();

        var analysis = await bench.AnalyseAsync(new AnalysisOptions { CrossTabBy = ["commune", "gender", "ageBand"] });

        Snapshot.Match(BenchDump.Scrubbed(analysis));
    }
}

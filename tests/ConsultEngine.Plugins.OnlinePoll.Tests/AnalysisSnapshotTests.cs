using ConsultEngine.Abstractions;
using Snapshooter.Xunit;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

/// <summary>The poll's analysis of a fixed data set: Đà Nẵng asks about on-street parking fees.</summary>
public class AnalysisSnapshotTests
{
    private static readonly (string Phone, string Answers, InputChannel Channel, RespondentAttributes Who)[] Votes =
    [
        ("0905100001", """{ "thu-phi": "dong-y", "uu-tien": ["bai-do-xe", "xe-buyt"] }""", InputChannel.Web, Person("Hải Châu", "nam", "30-44", "Kinh", "công chức")),
        ("0905100002", """{ "thu-phi": "dong-y", "uu-tien": ["via-he"] }""", InputChannel.Web, Person("Hải Châu", "nữ", "18-29", "Kinh", "sinh viên")),
        ("0905100003", """{ "thu-phi": "khong-dong-y", "uu-tien": ["bai-do-xe"] }""", InputChannel.Web, Person("Thanh Khê", "nam", "45-59", "Kinh", "kinh doanh")),
        ("0935100004", """{ "thu-phi": "khong-dong-y", "uu-tien": ["bai-do-xe", "via-he"] }""", InputChannel.Web, Person("Thanh Khê", "nữ", "30-44", "Kinh", "kinh doanh")),
        ("0935100005", """{ "thu-phi": "dong-y", "uu-tien": ["xe-buyt", "cay-xanh"] }""", InputChannel.Web, Person("Sơn Trà", "nữ", "18-29", "Kinh", "sinh viên")),
        ("0935100006", """{ "thu-phi": "chua-co-y-kien" }""", InputChannel.Enumerator, Person("Sơn Trà", "nam", "60+", "Kinh", "hưu trí")),
        ("0765100007", """{ "thu-phi": "dong-y", "uu-tien": ["via-he", "cay-xanh"] }""", InputChannel.Web, Person("Hải Châu", "nữ", "45-59", "Hoa", "giáo viên")),
        ("0765100008", """{ "thu-phi": "khong-dong-y", "uu-tien": ["bai-do-xe"] }""", InputChannel.Enumerator, Person("Thanh Khê", "nam", "60+", "Kinh", "hưu trí")),
        ("0385100009", """{ "thu-phi": "dong-y", "uu-tien": ["xe-buyt"] }""", InputChannel.Web, Person("Sơn Trà", "nam", "30-44", "Cơ Tu", "công nhân")),
        ("0385100010", """{ "uu-tien": ["xe-buyt", "via-he"] }""", InputChannel.Web, Person("Hải Châu", "nữ", "30-44", "Kinh", "công chức")),
    ];

    [Fact]
    public async Task Analysis_OfAFixedPoll_MatchesTheSnapshot()
    {
        var bench = await PollBench.OpenAsync("""{ "verification": "phone", "allowVoteChange": true, "channels": ["web", "sms"], "questions": 5 }""");
        foreach (var (phone, answers, channel, who) in Votes)
        {
            Assert.True((await bench.SubmitAsync(PollBench.Vote(phone, answers, channel, who))).Accepted);
            bench.Clock.Advance(TimeSpan.FromMinutes(7));
        }

        // The third voter changes their mind: the earlier vote is withdrawn, the person counted once.
        Assert.True((await bench.SubmitAsync(PollBench.Vote("+84 905 100 003", """{ "thu-phi": "dong-y", "uu-tien": ["bai-do-xe", "xe-buyt"] }""", InputChannel.Web, Votes[2].Who))).Accepted);
        bench.Clock.AdvanceTo(PollBench.Closes);
        await bench.CloseAsync();

        var analysis = await bench.AnalyseAsync(new AnalysisOptions { CrossTabBy = ["commune", "gender", "ageBand"] });

        Snapshot.Match(BenchDump.Scrubbed(analysis));
    }

    private static RespondentAttributes Person(string commune, string gender, string ageBand, string ethnicity, string occupation) => new()
    {
        Province = "Đà Nẵng",
        Commune = commune,
        Gender = gender,
        AgeBand = ageBand,
        Ethnicity = ethnicity,
        Occupation = occupation,
    };
}

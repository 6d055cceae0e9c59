using System.Diagnostics;
using System.Security.Cryptography;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Benchmarks.Analysis;

/// <summary>The public poll page's tool part (its surface with the live tallies) timed per request on a large and a small poll.</summary>
internal static class PollBench
{
    private const string Config = """{ "publishTallies": true, "allowVoteChange": true, "verification": "phone" }""";

    public static async Task<PollFigures> RunAsync(string databasePath, int votes, int requests)
    {
        var tool = AnalysisTools.Load("ConsultEngine.Plugins.OnlinePoll");
        var bench = new ToolTestBench(tool, Config);
        await using var store = await SqliteToolDataStore.OpenAsync(databasePath).ConfigureAwait(false);
        var surfaces = (IToolSurfaces)tool;
        var large = await SetUpAsync(bench, store, "poll-large", votes).ConfigureAwait(false);
        var small = await SetUpAsync(bench, store, "poll-small", 10).ConfigureAwait(false);

        var clock = Stopwatch.StartNew();
        var first = await surfaces.DescribePublicAsync(large, CancellationToken.None).ConfigureAwait(false);
        var largeFirst = clock.Elapsed.TotalSeconds;
        var smallFirst = await surfaces.DescribePublicAsync(small, CancellationToken.None).ConfigureAwait(false);

        var largeTimes = new List<double>(requests);
        var smallTimes = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            // Alternated, so that the machine's other load falls on both alike.
            clock.Restart();
            await surfaces.DescribePublicAsync(large, CancellationToken.None).ConfigureAwait(false);
            largeTimes.Add(clock.Elapsed.TotalSeconds);
            clock.Restart();
            await surfaces.DescribePublicAsync(small, CancellationToken.None).ConfigureAwait(false);
            smallTimes.Add(clock.Elapsed.TotalSeconds);
        }

        largeTimes.Sort();
        smallTimes.Sort();
        return new PollFigures(
            AnalysisSuite.Percentile(largeTimes, 0.5), AnalysisSuite.Percentile(largeTimes, 0.99),
            AnalysisSuite.Percentile(smallTimes, 0.5), AnalysisSuite.Percentile(smallTimes, 0.99),
            largeFirst, People(first), People(smallFirst));
    }

    /// <summary>Sets a poll up (one question, three options) and writes its votes, each with its voter's key, through the writer.</summary>
    private static async Task<ToolContext> SetUpAsync(ToolTestBench bench, SqliteToolDataStore store, string stepId, int votes)
    {
        var staff = AnalysisTools.Context(bench, store, stepId, "van-phong");
        var now = bench.Clock.GetUtcNow();
        var setUp = $$"""
            { "opensAt": "{{AnalysisTools.Iso(now.AddDays(-1))}}", "closesAt": "{{AnalysisTools.Iso(now.AddDays(20))}}",
              "questions": [ { "id": "phuong-an", "title": { "vi": "Anh/Chị chọn phương án nào?", "en": "Which option do you choose?" }, "choice": "single",
                "options": [ { "value": "pa1", "label": { "vi": "Phương án 1", "en": "Option 1" } }, { "value": "pa2", "label": { "vi": "Phương án 2", "en": "Option 2" } }, { "value": "pa3", "label": { "vi": "Phương án 3", "en": "Option 3" } } ] } ] }
            """;
        await bench.Tool.ExecuteAsync(staff, "set-up", AnalysisTools.Json(setUp), CancellationToken.None).ConfigureAwait(false);
        string[] options = ["pa1", "pa2", "pa3"];
        var answers = options.Select(o => AnalysisTools.Json($$"""{ "phuong-an": "{{o}}" }""")).ToArray();
        await AnalysisTools.AppendAsync(staff.Inputs, votes, n => new ConsultationInput
        {
            Id = Guid.CreateVersion7(),
            InstanceId = AnalysisTools.Instance,
            StepId = stepId,
            Tool = "online-poll",
            Channel = InputChannel.Web,
            Respondent = new RespondentAttributes { Province = "Nghệ An", Gender = n % 2 == 0 ? "nam" : "nữ" },
            Answers = answers[(n * 7) % 3],
            UniqueKey = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(n))),
            SubmittedAt = now,
        }).ConfigureAwait(false);
        return AnalysisTools.Context(bench, store, stepId, actor: null);
    }

    /// <summary>The people the published tally shows (the shares view's answered count), to check the page shows every vote.</summary>
    private static int People(PublicSurface? surface) =>
        surface?.Reads.OfType<SharesView>().Select(v => v.Answered).FirstOrDefault() ?? -1;
}

internal sealed record PollFigures(double LargeP50, double LargeP99, double SmallP50, double SmallP99, double LargeFirst, int LargePeople, int SmallPeople);

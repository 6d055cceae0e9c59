using System.Globalization;
using ConsultEngine.Benchmarks.Durable;
using ConsultEngine.Benchmarks.Http;
using ConsultEngine.Benchmarks.Measurement;

namespace ConsultEngine.Benchmarks.Analysis;

/// <summary>
/// The analysis suite. A survey step (four choice questions, four respondent attributes) gets 1,000,000
/// responses (100,000 quick) written through the SQLite group-commit writer; then the survey tool's
/// analysis (shares, intervals, every cross-tab) is timed the first time after the writes (the step's plan
/// was registered before them, so the background folder kept the cells current and the call folds only the
/// tail it had not reached) and repeated (the cells read); the from-scratch build of an existing installation
/// is printed for information. Then the online
/// poll's public page is timed per request on a poll of 100,000 votes (10,000 quick) against one of 10 votes,
/// live tallies published: over HTTP from the real web host (<see cref="PollPageBench"/>: the page as a
/// citizen opens it, and the step's public API answer), and, for information, the tool's public surface
/// alone in process (<c>IToolSurfaces.DescribePublicAsync</c>). Bars: first < 2 s, repeated < 100 ms, the
/// page's p99 over HTTP within 2× of the small poll's.
/// </summary>
internal static class AnalysisSuite
{
    private const double FirstBarSeconds = 2;
    private const double RepeatedBarMilliseconds = 100;
    private const double PollBarRatio = 2;

    public static IReadOnlyList<ResultRow> Run(bool quick)
    {
        var responses = quick ? 100_000 : 1_000_000;
        var votes = quick ? 10_000 : 100_000;
        var requests = quick ? 400 : 2_000;
        Console.WriteLine($"analysis{(quick ? " (quick)" : string.Empty)}: survey analysis of {responses:N0} responses; public poll page with {votes:N0} votes against 10 votes ({requests:N0} requests each, in process)");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        using var database = new TempDatabase();
        var c = CultureInfo.InvariantCulture;

        var survey = SurveyBench.RunAsync(database.Path, responses).GetAwaiter().GetResult();
        Console.WriteLine(string.Format(c, "  wrote {0:N0} responses through the writer in {1:0.0} s; analysis: first {2:0.000} s (bar < {3:0} s; process CPU {9:0.000} s), repeated median {4:0.0} ms, slowest {5:0.0} ms (bar < {6:0} ms); {7:N0} counted, {8} cross-tabs",
            responses, survey.Write, survey.First, FirstBarSeconds, survey.RepeatedMedian * 1000, survey.RepeatedMax * 1000, RepeatedBarMilliseconds, survey.Counted, survey.CrossTabs, survey.FirstCpu));
        Console.WriteLine(string.Format(c, "  first = the first call after the last response was acknowledged, the plan registered before the writes (that call at 0 inputs: {0:0.000} s); the background folder committed {1:N0} fold transactions meanwhile",
            survey.Register, survey.FoldChunks));
        Console.WriteLine(string.Format(c, "  for information: from-scratch build of an existing installation (cells forgotten, {0:N0} inputs read) {1:0.000} s (process CPU {2:0.000} s)",
            responses, survey.Rebuild, survey.RebuildCpu));
        Console.WriteLine($"  {MachineLoad.Describe()}");

        var poll = PollBench.RunAsync(database.Path, votes, requests).GetAwaiter().GetResult();
        var ratio = poll.LargeP99 / poll.SmallP99;
        Console.WriteLine(string.Format(c, "  poll page: {0:N0} votes p50 {1:0.000} ms p99 {2:0.000} ms | 10 votes p50 {3:0.000} ms p99 {4:0.000} ms | p99 ratio {5:0.00}× (bar ≤ {6:0}×); first call on the large poll (cells built) {7:0.000} s; tallies shown {8:N0} and {9:N0} people",
            votes, poll.LargeP50 * 1000, poll.LargeP99 * 1000, poll.SmallP50 * 1000, poll.SmallP99 * 1000, ratio, PollBarRatio, poll.LargeFirst, poll.LargePeople, poll.SmallPeople));
        Console.WriteLine($"  {MachineLoad.Describe()}");
        Console.WriteLine(string.Format(c, "  side by side: first analysis {0:0.000} s, repeated {1:0.0} ms ({2:0}× faster); poll p99 {3:0.000} ms at {4:N0} votes vs {5:0.000} ms at 10 ({6:0.00}×)",
            survey.First, survey.RepeatedMedian * 1000, survey.First / survey.RepeatedMedian, poll.LargeP99 * 1000, votes, poll.SmallP99 * 1000, ratio));

        var surveyRight = survey.Counted == survey.Expected && survey.CrossTabs > 0;
        var pollRight = poll.LargePeople == votes && poll.SmallPeople == 10;
        var page = PageRow(votes, requests, c);
        return
        [
            new ResultRow("analysis", $"seconds for the first survey analysis after {responses:N0} responses were written (cells kept by the folder, cross-tabs included)", survey.First.ToString("0.000", c), "-", "-", $"< {FirstBarSeconds:0} s", survey.First < FirstBarSeconds && surveyRight),
            new ResultRow("analysis", $"milliseconds for a repeated survey analysis of {responses:N0} responses (median of 5)", (survey.RepeatedMedian * 1000).ToString("0.0", c), "-", (survey.First / survey.RepeatedMedian).ToString("0", c) + "× faster than first", $"< {RepeatedBarMilliseconds:0} ms", survey.RepeatedMedian * 1000 < RepeatedBarMilliseconds && surveyRight),
            .. page,
            new ResultRow("analysis", $"the poll tool's public surface alone p99 ms, {votes:N0} votes vs 10 votes (in process)", (poll.LargeP99 * 1000).ToString("0.000", c), (poll.SmallP99 * 1000).ToString("0.000", c), ratio.ToString("0.00", c) + "×", "information", pollRight ? null : false),
        ];
    }

    /// <summary>The public poll page over HTTP from the real host: the bar's row, and the API answer's for information.</summary>
    private static IReadOnlyList<ResultRow> PageRow(int votes, int requests, CultureInfo c)
    {
        if (WebHostProcess.FindBuild() is not { } dll)
        {
            Console.WriteLine("  poll page over HTTP: the web host is not built in Release: dotnet build designer/ConsultEngine.Web -c Release");
            return [new ResultRow("analysis", "public poll page over HTTP: the web host's Release build", "missing", "—", "—", "built", false)];
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        var figures = PollPageBench.RunAsync(dll, votes, requests / 2, cancel.Token).GetAwaiter().GetResult();
        var pageRatio = figures.LargePage.P99 / figures.SmallPage.P99;
        var apiRatio = figures.LargeApi.P99 / figures.SmallApi.P99;
        var right = figures.LargePeople == votes && figures.SmallPeople == PollPageData.SmallVotes && figures.Failures == 0;
        Console.WriteLine(string.Format(c, "  poll page over HTTP (the real host, one connection, {0:N0} requests each): page {1:N0} votes p50 {2:0.000} ms p99 {3:0.000} ms | 10 votes p50 {4:0.000} ms p99 {5:0.000} ms | p99 ratio {6:0.00}× (bar ≤ {7:0}×)",
            requests / 2, votes, figures.LargePage.P50 * 1000, figures.LargePage.P99 * 1000, figures.SmallPage.P50 * 1000, figures.SmallPage.P99 * 1000, pageRatio, PollBarRatio));
        Console.WriteLine(string.Format(c, "    public API answer: p50 {0:0.000} / {1:0.000} ms, p99 {2:0.000} / {3:0.000} ms ({4:0.00}×); first page after the host's start on the large poll {5:0.000} s; tallies shown {6:N0} and {7:N0} people; answers not 200: {8}",
            figures.LargeApi.P50 * 1000, figures.SmallApi.P50 * 1000, figures.LargeApi.P99 * 1000, figures.SmallApi.P99 * 1000, apiRatio, figures.LargeFirst, figures.LargePeople, figures.SmallPeople, figures.Failures));
        Console.WriteLine($"  {MachineLoad.Describe()}");
        return
        [
            new ResultRow("analysis", $"public poll page p99 ms over HTTP (the real host), {votes:N0} votes vs 10 votes", (figures.LargePage.P99 * 1000).ToString("0.000", c), (figures.SmallPage.P99 * 1000).ToString("0.000", c), pageRatio.ToString("0.00", c) + "×", $"≤ {PollBarRatio:0}×", pageRatio <= PollBarRatio && right),
            new ResultRow("analysis", $"the poll step's public API answer p99 ms over HTTP, {votes:N0} votes vs 10 votes", (figures.LargeApi.P99 * 1000).ToString("0.000", c), (figures.SmallApi.P99 * 1000).ToString("0.000", c), apiRatio.ToString("0.00", c) + "×", "information", right ? null : false),
        ];
    }

    internal static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

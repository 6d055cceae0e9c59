using System.Globalization;
using ConsultEngine.Benchmarks.Durable;
using ConsultEngine.Benchmarks.Measurement;

namespace ConsultEngine.Benchmarks.Analysis;

/// <summary>
/// The analysis suite. A survey step (four choice questions, four respondent attributes) gets 1,000,000
/// responses (100,000 quick) written through the SQLite group-commit writer; then the survey tool's
/// analysis (shares, intervals, every cross-tab) is timed the first time after the writes (the step's plan
/// was registered before them, so the background folder kept the cells current and the call folds only the
/// tail it had not reached) and repeated (the cells read); the from-scratch build of an existing installation
/// is printed for information. Then the online
/// poll's public surface (the code behind the public poll page: <c>IToolSurfaces.DescribePublicAsync</c>,
/// in process, live tallies published) is timed per request on a poll of 100,000 votes (10,000 quick)
/// against one of 10 votes. Bars: first < 2 s, repeated < 100 ms, poll p99 within 2× of the small poll's.
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
        return
        [
            new ResultRow("analysis", $"seconds for the first survey analysis after {responses:N0} responses were written (cells kept by the folder, cross-tabs included)", survey.First.ToString("0.000", c), "-", "-", $"< {FirstBarSeconds:0} s", survey.First < FirstBarSeconds && surveyRight),
            new ResultRow("analysis", $"milliseconds for a repeated survey analysis of {responses:N0} responses (median of 5)", (survey.RepeatedMedian * 1000).ToString("0.0", c), "-", (survey.First / survey.RepeatedMedian).ToString("0", c) + "× faster than first", $"< {RepeatedBarMilliseconds:0} ms", survey.RepeatedMedian * 1000 < RepeatedBarMilliseconds && surveyRight),
            new ResultRow("analysis", $"public poll page p99 ms with {votes:N0} votes vs 10 votes (in process)", (poll.LargeP99 * 1000).ToString("0.000", c), (poll.SmallP99 * 1000).ToString("0.000", c), ratio.ToString("0.00", c) + "×", $"≤ {PollBarRatio:0}×", ratio <= PollBarRatio && pollRight),
        ];
    }

    internal static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

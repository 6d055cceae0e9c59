using System.Globalization;
using System.Text;
using ConsultEngine.Web.Tests.Authorization;
using Xunit.Abstractions;

namespace ConsultEngine.Web.Tests.Hostile.Fuzz;

/// <summary>
/// Every public endpoint fuzzed over real HTTP with at least 10,000 generated requests: not one answer is a
/// server error (but the coded 503s the product means), every 4xx of the API is problem details with a CE
/// code, every answer carries the security headers. The seed is fixed and printed (set <c>CE_FUZZ_SEED</c>
/// to replay another run, <c>CE_FUZZ_REQUESTS</c> for a longer one); a failure names the request's number.
/// </summary>
public sealed class PublicEndpointFuzzTests(FuzzSite site, ITestOutputHelper output) : IClassFixture<FuzzSite>
{
    private const int DefaultSeed = 20_261_205;
    private const int MinimumRequests = 10_000;

    [Fact]
    public void TheFuzz_ReachesEveryAnonymousEndpointOfTheAccessTables_AndEveryPublicStep()
    {
        var targets = site.Targets.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var api = ApiAccessTable.Rows.Where(r => r.Allowed is null).Select(r => r.Key);
        var pages = PageAccessTable.Rows.Where(r => r.Allowed is null).Select(r => $"GET {r.Route}");

        var missing = api.Concat(pages).Where(key => !targets.Contains(key)).ToList();
        Assert.True(missing.Count == 0, "Not fuzzed: " + string.Join("; ", missing));
        Assert.Contains("POST /consultations/{InstanceId:guid}/steps/{StepId}", targets);
        Assert.Superset(new HashSet<string>(["run-survey", "run-online-poll", "run-public-hearing"], StringComparer.Ordinal), site.World.Steps.ToHashSet(StringComparer.Ordinal));
        Assert.NotEmpty(site.World.Forms);
    }

    [Fact]
    public async Task EveryPublicEndpoint_TakesTenThousandHostileRequests_WithoutAServerError()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CE_FUZZ_SEED"), CultureInfo.InvariantCulture, out var given) ? given : DefaultSeed;
        var count = int.TryParse(Environment.GetEnvironmentVariable("CE_FUZZ_REQUESTS"), CultureInfo.InvariantCulture, out var asked) ? Math.Max(asked, MinimumRequests) : MinimumRequests;
        using var client = site.Host.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        var run = new FuzzRun(client, new FuzzRequests(site.World, site.Targets, seed));

        var took = await run.RunAsync(count, parallel: 8);

        var failures = run.Failures.ToList();
        var report = Report(run, seed, took, failures.Count(f => f.Contains("server error", StringComparison.Ordinal) || f.Contains("no answer", StringComparison.Ordinal)));
        output.WriteLine(report);
        System.Console.WriteLine(report);
        Assert.True(run.Sent >= MinimumRequests, $"only {run.Sent} requests were sent");
        Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} wrong answers:{Environment.NewLine}" + string.Join(Environment.NewLine, failures.Take(60)));
    }

    private static string Report(FuzzRun run, int seed, TimeSpan took, int serverErrors)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"fuzz: {run.Sent} requests, {serverErrors} server errors (seed {seed}, {took.TotalSeconds:0.0} s)");
        foreach (var (key, sent) in run.PerEndpoint.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {sent,6}  {key}");
        }

        text.Append("  statuses: ").AppendJoin(", ", run.PerStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        return text.ToString();
    }
}

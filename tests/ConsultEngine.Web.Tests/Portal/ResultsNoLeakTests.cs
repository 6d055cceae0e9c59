using System.Net;
using System.Text.Json;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.AspNetCore.Localization;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>
/// No figure of a consultation is public before the Standing Committee approves publication: every
/// public page (home, the consultation, each tool page, the results page and its downloads) and every
/// public API read (the list, the consultation, its results, each tool step's public description) is
/// crawled in Vietnamese and English while the tools collect and again when only the approval is
/// missing, and none writes the seeded counts (<see cref="ResultsJourneyInputs.Figures"/>); the
/// results and downloads answer 404. After the approval the same crawl finds them on the results page
/// and API, so the search is able to see a figure.
/// </summary>
public sealed class ResultsNoLeakTests
{
    private static readonly string[] Downloads = ["report.docx", "report.html", "register.docx", "data.csv", "data.json"];
    private static readonly string[] ToolSteps = [PortalSeed.SurveyStep, PortalSeed.PollStep, PortalSeed.HearingStep, "run-focus-groups", "comment-period"];
    private static readonly string[] Languages = ["vi", "en"];

    [Fact]
    public async Task NoPublicPageOrApiRead_WritesTheConsultationsCounts_BeforeThePublicationIsApproved()
    {
        await using var host = await TestWebHost.StartAsync();
        var journey = await ResultsJourney.StartAsync(host.Services, "Thu gom rác thải sinh hoạt 2026");
        var id = journey.InstanceId;

        // While the tools collect: their pages are open and the poll reads its tally, and still no count is shown.
        Assert.Equal(HttpStatusCode.OK, (await CrawlAsync(host, id)).Single(p => p.Path == $"/consultations/{id}/steps/{PortalSeed.PollStep}" && p.Language == "vi").Status);
        AssertNoFigure(await CrawlAsync(host, id));

        // Collection over, register kept, report reviewed: only the approval is missing.
        await journey.ToApprovalAsync();
        var waiting = await CrawlAsync(host, id);
        AssertNoFigure(waiting);
        foreach (var hidden in waiting.Where(p => p.Path.Contains("/results", StringComparison.Ordinal)))
        {
            Assert.True(hidden.Status == HttpStatusCode.NotFound, $"GET {hidden.Path} ({hidden.Language}) before approval: {(int)hidden.Status}");
        }

        await PublicationSeed.ApproveAsync(host.Services, id);

        var published = await CrawlAsync(host, id);
        foreach (var language in Languages)
        {
            var page = published.Single(p => p.Path == $"/consultations/{id}/results" && p.Language == language);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(ResultsJourneyInputs.Figures.Distinct().Order(), FigureScan.Find(page.Body, ResultsJourneyInputs.Figures).Order());
        }

        using var results = JsonDocument.Parse(published.Single(p => p.Path == $"/api/consultations/{id}/results" && p.Language == "vi").Body);
        var participation = results.RootElement.GetProperty("participation");
        Assert.Equal(ResultsJourneyInputs.People, participation.GetProperty("people").GetInt32());
        Assert.Equal(ResultsJourneyInputs.Opinions, participation.GetProperty("opinions").GetInt32());
    }

    private static void AssertNoFigure(IReadOnlyList<Crawled> pages)
    {
        var leaks = pages
            .Select(p => (p.Path, p.Language, Figures: FigureScan.Find(p.Body, ResultsJourneyInputs.Figures)))
            .Where(p => p.Figures.Count > 0)
            .Select(p => $"{p.Path} ({p.Language}): {string.Join(", ", p.Figures)}")
            .ToList();
        Assert.True(leaks.Count == 0, "figures before approval on: " + string.Join("; ", leaks));
    }

    /// <summary>Every public page and API read of the consultation, in both languages; pages as the text a person reads.</summary>
    private static async Task<IReadOnlyList<Crawled>> CrawlAsync(TestWebHost host, Guid id)
    {
        var pages = new List<string> { "/", $"/consultations/{id}", $"/consultations/{id}/results" };
        pages.AddRange(Downloads.Select(f => $"/consultations/{id}/results/{f}"));
        pages.AddRange(new[] { PortalSeed.SurveyStep, PortalSeed.PollStep, PortalSeed.HearingStep }.Select(s => $"/consultations/{id}/steps/{s}"));
        var api = new List<string> { "/api/consultations", $"/api/consultations/{id}", $"/api/consultations/{id}/results" };
        api.AddRange(ToolSteps.Select(s => $"/api/consultations/{id}/steps/{s}"));

        var crawled = new List<Crawled>();
        foreach (var language in Languages)
        {
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)))}");
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            foreach (var path in pages.Concat(api))
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                var html = response.Content.Headers.ContentType?.MediaType == "text/html";
                crawled.Add(new Crawled(path, language, response.StatusCode, html ? FigureScan.TextOf(body) : body));
            }
        }

        return crawled;
    }

    private sealed record Crawled(string Path, string Language, HttpStatusCode Status, string Body);
}

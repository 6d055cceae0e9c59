using System.IO.Compression;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static ConsultEngine.Web.Testing.Portal.ResultsJourneyInputs;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>What a visitor checks on the results page of a <see cref="Web.Testing.Portal.ResultsJourney"/>.</summary>
internal static class ResultsPage
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>How the seeded citizens could be written: in full, as the hearing keeps them, by their given names.</summary>
    private static readonly string[] Names = [Speaker, Registrant, "T. T. N. Diễm", "L. V. Khởi", "Diễm", "Khởi"];

    private static readonly (string File, string ContentType)[] Downloads =
    [
        ("report.docx", Docx), ("report.html", "text/html"), ("register.docx", Docx), ("data.csv", "text/csv"), ("data.json", "application/json"),
    ];

    public static async Task OpenAsync(IPage page, string path, string culture)
    {
        await page.GotoAsync($"/culture/{culture}?returnUrl={Uri.EscapeDataString(path)}");
        await page.WaitForURLAsync("**" + path);
    }

    /// <summary>People and opinions, each tool's share, and the findings with their bar charts.</summary>
    public static async Task AssertFiguresAsync(IPage page, string culture)
    {
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync(culture == "vi"
            ? $"{People} người đã tham gia, đóng góp {Opinions} ý kiến."
            : $"{People} people took part and gave {Opinions} opinions.");
        var byTool = page.Locator("#participation ~ table").First;
        Assert.True(await byTool.Locator("tbody tr").CountAsync() >= 3, "a row per tool step at least for the survey, the poll and the hearing");
        foreach (var count in new[] { SurveyResponses, PollVotes, HearingOpinions })
        {
            await Assertions.Expect(byTool.Locator("td", new() { HasTextString = count.ToString(System.Globalization.CultureInfo.InvariantCulture) }).First).ToBeVisibleAsync();
        }

        var poll = page.Locator("section.ce-card", new() { HasTextString = culture == "vi" ? "Phương án giá dịch vụ thu gom rác khu vực nông thôn" : "Rural waste collection price" });
        await Assertions.Expect(poll.Locator("tbody tr").First).ToContainTextAsync(PollKeep.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await poll.Locator(".ce-bar").CountAsync() >= 2, "the poll's finding has a bar per option");
        Assert.True(await page.Locator("#findings ~ section.ce-card").CountAsync() >= 2, "findings of the survey and the poll");
    }

    /// <summary>"You said, we did": the two recommendations, what was done, and each one's current status in order.</summary>
    public static async Task AssertCommitmentsAsync(IPage page, IReadOnlyList<string> statuses)
    {
        var cards = page.Locator("#you-said-we-did + ul.ce-cards > li");
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        await Assertions.Expect(cards.Nth(0)).ToContainTextAsync(FirstRecommendationText);
        await Assertions.Expect(cards.Nth(0)).ToContainTextAsync(FirstDecisionTitle);
        await Assertions.Expect(cards.Nth(0).Locator(".ce-commitment-status")).ToContainTextAsync(statuses[0]);
        await Assertions.Expect(cards.Nth(1)).ToContainTextAsync(SecondRecommendationText);
        await Assertions.Expect(cards.Nth(1)).ToContainTextAsync(SecondDecisionTitle);
        await Assertions.Expect(cards.Nth(1).Locator(".ce-commitment-status")).ToContainTextAsync(statuses[1]);
    }

    /// <summary>A line per dispositioned opinion, no citizen named anywhere on the page.</summary>
    public static async Task AssertRegisterAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("#register + table tbody tr")).ToHaveCountAsync(RegisterLines);
        await Assertions.Expect(page.Locator("#register + table")).ToContainTextAsync("Điểm tập kết rác quá xa nhà");
        AssertNoName(await page.Locator("body").InnerTextAsync(), "the results page");
    }

    public static async Task AssertAccessibleAsync(IPage page, string screenshot)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        await Screenshots.TakeAsync(page, screenshot);
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    /// <summary>Each download the page links answers 200 with its content type, and names no citizen.</summary>
    public static async Task AssertDownloadsAsync(IPage page, Guid instanceId)
    {
        await Assertions.Expect(page.Locator(".ce-downloads a")).ToHaveCountAsync(Downloads.Length);
        foreach (var (file, contentType) in Downloads)
        {
            var href = $"/consultations/{instanceId}/results/{file}";
            await Assertions.Expect(page.Locator($".ce-downloads a[href='{href}']")).ToHaveCountAsync(1);
            var response = await page.APIRequest.GetAsync(href);
            Assert.True(response.Status == 200, $"GET {file}: {response.Status}");
            Assert.StartsWith(contentType, response.Headers["content-type"], StringComparison.Ordinal);
            var body = await response.BodyAsync();
            AssertNoName(contentType == Docx ? DocumentText(body) : Encoding.UTF8.GetString(body), file);
        }
    }

    private static void AssertNoName(string text, string where)
    {
        var named = Names.Where(n => text.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.True(named.Count == 0, $"{where} names a citizen: {string.Join(", ", named)}");
    }

    /// <summary>The XML of a DOCX's body, headers and footers.</summary>
    private static string DocumentText(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }

        Assert.True(text.Length > 0, "the DOCX has a body");
        return text.ToString();
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join(", ", violation.Nodes.Select(n => string.Join(" ", n.Target)))}";
}

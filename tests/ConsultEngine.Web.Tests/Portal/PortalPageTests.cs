using System.Net;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>The portal's pages over real HTTP, without JavaScript: Vietnamese by default, English by the switch.</summary>
[Collection(PortalHostGroup.Name)]
public sealed class PortalPageTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task Home_ListsTheOpenConsultation_WithALinkToEachOpenStepsPage_InVietnamese()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync("/");
        Assert.Contains("<html lang=\"vi\">", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Tham vấn về thu gom, xử lý rác thải sinh hoạt khu vực nông thôn năm 2026", browser.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{fixture.Survey}\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{fixture.Poll}\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{fixture.Hearing}\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("class=\"ce-skip-link\" href=\"#main\"", browser.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_NamesItsIcon_AndTheIconIsServed()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync("/");
        var icon = System.Text.RegularExpressions.Regex.Match(browser.Page, "<link rel=\"icon\"[^>]* href=\"([^\"]+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(icon.Success, "the page names no icon: browsers ask for /favicon.ico, which is 404");

        using var client = fixture.Host.CreateClient();
        using var served = await client.GetAsync(new Uri(icon.Groups[1].Value.TrimStart('/'), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/svg+xml", served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Home_AfterTheSwitch_IsInEnglish()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.UseEnglishAsync();
        await browser.OpenAsync("/");
        Assert.Contains("<html lang=\"en\">", browser.Page, StringComparison.Ordinal);
        Assert.Contains("<h1>Have your say</h1>", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Next deadline", browser.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "Cách tham gia", "Tham gia")]
    [InlineData(true, "How to take part", "Take part")]
    public async Task ConsultationPage_ShowsTheIssue_AndLinksToEachOpenStepsPage(bool english, string takePart, string link)
    {
        using var browser = new PortalBrowser(fixture.Host);
        if (english)
        {
            await browser.UseEnglishAsync();
        }

        await browser.OpenAsync(fixture.Consultation);
        Assert.Contains("Thu gom, xử lý rác thải sinh hoạt ở khu vực nông thôn", browser.Text, StringComparison.Ordinal);
        Assert.Contains("Nghệ An", browser.Text, StringComparison.Ordinal);
        Assert.Contains(takePart, browser.Text, StringComparison.Ordinal);
        Assert.Contains(link + "<span class=\"ce-visually-hidden\">", browser.Text, StringComparison.Ordinal);
        foreach (var step in new[] { fixture.Survey, fixture.Poll, fixture.Hearing })
        {
            Assert.Contains($"href=\"{step}\"", browser.Page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("survey", PortalSeed.SurveyStep)]
    [InlineData("poll", PortalSeed.PollStep)]
    [InlineData("hearing", PortalSeed.HearingStep)]
    public async Task AnOldToolAddress_IsRedirectedPermanently_ToTheStepsPage(string kind, string step)
    {
        using var browser = new PortalBrowser(fixture.Host);
        using var response = await browser.GetAsync($"/consultations/{fixture.InstanceId}/{kind}/{step}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(fixture.Step(step), response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/consultations/00000000-0000-0000-0000-000000000001")]
    [InlineData("/consultations/{0}/steps/narrow-consultation")]
    [InlineData("/consultations/{0}/steps/run-focus-groups")]
    [InlineData("/consultations/{0}/steps/no-such-step")]
    public async Task AConsultationOrStepNotOpenToThePublic_Is404(string path)
    {
        using var browser = new PortalBrowser(fixture.Host);
        using var response = await browser.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, fixture.InstanceId));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFocusGroup_NeverAppearsOnThePortal()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Consultation);
        Assert.DoesNotContain("run-focus-groups", browser.Page, StringComparison.Ordinal);
    }
}

using ConsultEngine.Web.Portal.Privacy;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Tests.Portal;

namespace ConsultEngine.Web.Tests.Privacy;

/// <summary>
/// The privacy notice at /privacy: what is collected, why, how long (from <c>ConsultEngine:Privacy:RetentionMonths</c>),
/// who sees it, the data controller, the link to ask for deletion, and the notice's version; Vietnamese
/// first, English on request.
/// </summary>
public sealed class PrivacyNoticePageTests
{
    [Fact]
    public async Task TheNotice_SaysWhatWhyHowLongAndWho_WithItsVersion_AndTheDeletionLink()
    {
        await using var host = await TestWebHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["ConsultEngine:Privacy:RetentionMonths"] = "36",
            ["ConsultEngine:Privacy:Contact"] = "hdnd@example.gov.vn",
        });
        using var browser = new PortalBrowser(host);

        await browser.OpenAsync(PrivacyNotice.Path);

        Assert.Contains("Thông báo xử lý dữ liệu cá nhân", browser.Text, StringComparison.Ordinal);
        foreach (var section in new[] { "collected", "purpose", "retention", "recipients", "controller", "rights" })
        {
            Assert.Contains($"<section id=\"{section}\"", browser.Page, StringComparison.Ordinal);
        }

        Assert.Contains("36 tháng sau khi đợt lấy ý kiến kết thúc", browser.Text, StringComparison.Ordinal);
        Assert.Contains("mã băm có khóa", browser.Text, StringComparison.Ordinal);
        Assert.Contains("hdnd@example.gov.vn", browser.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/privacy/delete\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains($"data-notice-version=\"{PrivacyNotice.Version}\"", browser.Page, StringComparison.Ordinal);

        await browser.UseEnglishAsync();
        await browser.OpenAsync(PrivacyNotice.Path);
        Assert.Contains("kept for 36 months after the consultation closes", browser.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultRetention_Is24Months()
    {
        Assert.Equal(24, new PrivacySettings().RetentionMonths);
    }
}

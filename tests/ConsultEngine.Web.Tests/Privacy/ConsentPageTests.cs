using System.Net;
using ConsultEngine.Web.Tests.Portal;

namespace ConsultEngine.Web.Tests.Privacy;

/// <summary>
/// Consent on the portal's step page without JavaScript: the last page of every form shows a short notice,
/// a link to the privacy notice and a box to tick, never ticked in advance; a form sent without it is
/// refused with the code's message beside the box and in the error summary, and sent once it is ticked.
/// </summary>
[Collection(PortalHostGroup.Name)]
public sealed class ConsentPageTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task TheStepPage_ShowsTheNotice_TheLink_AndAnUntickedConsentBox()
    {
        using var browser = new PortalBrowser(fixture.Host);

        await browser.OpenAsync(fixture.Poll);

        Assert.Contains("<input type=\"checkbox\" id=\"field-main-consent-privacy\" name=\"ce-consent-privacy\" value=\"true\"", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"ce-consent-privacy\" value=\"true\" checked", browser.Page, StringComparison.Ordinal);
        Assert.Contains("href=\"/privacy\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Tôi đồng ý cho xử lý dữ liệu cá nhân của tôi theo thông báo này", browser.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVoteWithoutConsent_IsRefused_WithTheMessageBesideTheBox_ThenSentOnceTicked()
    {
        using var browser = new PortalBrowser(fixture.Host) { TicksConsent = false };
        await browser.OpenAsync(fixture.Poll);

        using var refused = await browser.PostAsync(("/answers/price", "keep"), ("/identifier", "0912 777 001"), ("ce-move", "next"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"field-main-consent-privacy-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Hãy đánh dấu ô đồng ý với thông báo xử lý dữ liệu cá nhân để gửi.", browser.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"#field-main-consent-privacy\"", browser.Page, StringComparison.Ordinal);

        using var sent = await browser.PostAsync(("/answers/price", "keep"), ("/identifier", "0912 777 001"), ("ce-move", "next"), ("ce-consent-privacy", "true"));
        await browser.FollowAsync(sent);
        Assert.Contains("Phiếu bình chọn của bạn đã được ghi nhận.", browser.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InEnglish_TheBoxSaysSo()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.UseEnglishAsync();

        await browser.OpenAsync(fixture.Poll);

        Assert.Contains("I agree to the processing of my personal data as this notice says", browser.Text, StringComparison.Ordinal);
    }
}

using System.Net;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>Registering for a hearing session through the generic step page: the tool's register action, called as the public.</summary>
[Collection(PortalHostGroup.Name)]
public sealed class HearingPageTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task TheSessions_AreReadAsATable_AndARegistration_EndsOnTheThanksPageWithItsReceipt()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Hearing);
        Assert.Contains("Hội trường UBND xã Nghi Lộc", browser.Text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">", browser.Page, StringComparison.Ordinal);
        Assert.Contains("<legend>Phiên điều trần", browser.Text, StringComparison.Ordinal);

        using var first = await browser.PostAsync(("/sessionId", PortalSeed.LargeSession), ("/fullName", "Nguyễn Thị Lan"), ("/phone", "0987654321"), ("ce-move", "next"));
        await browser.FollowAsync(first);
        Assert.Contains("Đăng ký của bạn đã được ghi nhận.", browser.Text, StringComparison.Ordinal);
        Assert.Contains("id=\"receipt\">", browser.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingName_AndAMissingSession_AreShownAtTheirFields_AndTheNameIsNotWrittenBack()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Hearing);
        using var noSession = await browser.PostAsync(("/fullName", "Lê Văn An"), ("ce-move", "next"));
        Assert.Equal(HttpStatusCode.OK, noSession.StatusCode);
        Assert.Contains("id=\"field-register-sessionId-error\"", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Văn An", browser.Text, StringComparison.Ordinal);

        using var noName = await browser.PostAsync(("/sessionId", PortalSeed.LargeSession), ("/fullName", ""), ("ce-move", "next"));
        Assert.Equal(HttpStatusCode.OK, noName.StatusCode);
        Assert.Contains("id=\"field-register-fullName-error\"", browser.Page, StringComparison.Ordinal);
    }
}

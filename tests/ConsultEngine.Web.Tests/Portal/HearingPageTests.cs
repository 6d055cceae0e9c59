using System.Net;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>Registering for a hearing session through the plain form: a seat, then the waiting list when the session is full.</summary>
[Collection(PortalHostGroup.Name)]
public sealed class HearingPageTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task TheSessions_ShowVenueTimeAndSeats_AndTheSecondRegistrationForAOneSeatSession_IsWaitListed()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Hearing);
        Assert.Contains("Hội trường UBND xã Nghi Lộc", browser.Text, StringComparison.Ordinal);
        Assert.Contains("còn 1 / 1 chỗ", browser.Text, StringComparison.Ordinal);
        Assert.Contains("<time datetime=", browser.Page, StringComparison.Ordinal);

        using var first = await browser.PostAsync(("sessionId", PortalSeed.SmallSession), ("fullName", "Nguyễn Thị Lan"), ("phone", "0987654321"));
        await browser.FollowAsync(first);
        Assert.Contains("Bạn đã đăng ký thành công và có chỗ tại phiên điều trần.", browser.Text, StringComparison.Ordinal);

        await browser.OpenAsync(fixture.Hearing);
        Assert.Contains("còn 0 / 1 chỗ", browser.Text, StringComparison.Ordinal);
        using var second = await browser.PostAsync(("sessionId", PortalSeed.SmallSession), ("fullName", "Trần Văn Minh"));
        await browser.FollowAsync(second);
        Assert.Contains("bạn ở vị trí 1 trong danh sách chờ", browser.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingName_AndAMissingSession_AreShownAtTheirFields()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Hearing);
        using var noSession = await browser.PostAsync(("fullName", "Lê Văn An"));
        Assert.Equal(HttpStatusCode.OK, noSession.StatusCode);
        Assert.Contains("id=\"hearing-session-error\"", browser.Page, StringComparison.Ordinal);

        using var noName = await browser.PostAsync(("sessionId", PortalSeed.LargeSession), ("fullName", ""));
        Assert.Equal(HttpStatusCode.OK, noName.StatusCode);
        Assert.Contains("id=\"hearing-name-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Hãy nhập họ và tên (tối đa 120 ký tự).", browser.Text, StringComparison.Ordinal);
    }
}

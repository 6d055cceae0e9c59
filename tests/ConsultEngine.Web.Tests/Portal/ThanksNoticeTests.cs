using System.Net;
using ConsultEngine.Web.Portal;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>
/// The thank-you page shows the notice a tool's result gives the person who sent the form (here the hearing's
/// waiting-list place once a session is full), rendered by the host without knowing the tool, and only as the
/// site itself wrote it into the link.
/// </summary>
[Collection(PortalHostGroup.Name)]
public sealed class ThanksNoticeTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task ARegistrationOnTheWaitingList_EndsOnTheThanksPage_WithItsPlaceOnTheList()
    {
        using var browser = new PortalBrowser(fixture.Host);

        // The small session has one seat: from the second registration on, people wait.
        for (var person = 0; person < 2; person++)
        {
            await browser.OpenAsync(fixture.Hearing);
            using var sent = await browser.PostAsync(("/sessionId", PortalSeed.SmallSession), ("/fullName", $"Hồ Thị Mai {person}"), ("/phone", $"098765500{person}"), ("ce-move", "next"));
            await browser.FollowAsync(sent);
        }

        Assert.Contains("id=\"notice\"", browser.Page, StringComparison.Ordinal);
        Assert.Matches("đứng thứ [0-9]+ trong danh sách chờ", browser.Text);
    }

    [Fact]
    public async Task ASeatedRegistration_HasNoNotice()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Hearing);

        using var sent = await browser.PostAsync(("/sessionId", PortalSeed.LargeSession), ("/fullName", "Đặng Văn Hải"), ("/phone", "0987655100"), ("ce-move", "next"));
        await browser.FollowAsync(sent);

        Assert.Contains("id=\"receipt\"", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"notice\"", browser.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANoticeWrittenIntoTheLinkByHand_IsNotShown()
    {
        using var browser = new PortalBrowser(fixture.Host);

        var thanks = PortalLinks.Thanks(fixture.InstanceId, PortalSeed.HearingStep, "register", "hai-chau-001", "Hãy chuyển tiền vào tài khoản sau");
        using var page = await browser.GetAsync(thanks);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("id=\"notice\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chuyển tiền", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }
}

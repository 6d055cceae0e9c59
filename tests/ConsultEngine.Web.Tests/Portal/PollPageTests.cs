using System.Net;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>Voting through the plain form: one vote per phone number, the second refused at the number.</summary>
[Collection(PortalHostGroup.Name)]
public sealed class PollPageTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task AVote_IsRecorded_AndASecondVoteWithTheSamePhone_IsRefusedAtThePhoneField()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Poll);
        Assert.Contains("Phương án giá dịch vụ thu gom rác khu vực nông thôn", browser.Text, StringComparison.Ordinal);
        Assert.Contains("<label for=\"poll-identifier\" class=\"ce-label\">Số điện thoại di động</label>", browser.Text, StringComparison.Ordinal);
        Assert.Contains("Mỗi người chỉ được bình chọn một lần.", browser.Text, StringComparison.Ordinal);

        using var voted = await browser.PostAsync(("a.price", "keep"), ("a.support", "bins"), ("a.support", "training"), ("identifier", "0912 345 678"));
        await browser.FollowAsync(voted);
        Assert.Contains("Phiếu bình chọn của bạn đã được ghi nhận.", browser.Text, StringComparison.Ordinal);
        Assert.Matches("id=\"receipt\">[0-9a-f-]{36}<", browser.Page);

        await browser.OpenAsync(fixture.Poll);
        using var again = await browser.PostAsync(("a.price", "raise"), ("identifier", "+84912345678"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("id=\"poll-identifier-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Số này đã được dùng để tham gia. Mỗi người chỉ tham gia một lần.", browser.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"#poll-identifier\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", browser.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidPhone_AndTooManyChoices_AreShownAtTheirFields()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Poll);
        using var refused = await browser.PostAsync(("a.support", "bins"), ("a.support", "trucks"), ("a.support", "training"), ("identifier", "12345"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"poll-identifier-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("id=\"poll-support-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Bạn đã chọn quá số phương án cho phép.", browser.Text, StringComparison.Ordinal);
    }
}

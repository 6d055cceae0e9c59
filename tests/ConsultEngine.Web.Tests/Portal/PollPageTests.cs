using System.Net;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>Voting through the generic step page's plain form: one vote per phone number, the second refused at the number, which is never written back.</summary>
[Collection(PortalHostGroup.Name)]
public sealed class PollPageTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task AVote_IsRecorded_AndASecondVoteWithTheSamePhone_IsRefusedAtThePhoneField()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Poll);
        Assert.Contains("Phương án giá dịch vụ thu gom rác khu vực nông thôn", browser.Text, StringComparison.Ordinal);
        Assert.Contains("<label for=\"field-main-identifier\" class=\"ce-label\">Số điện thoại di động", browser.Text, StringComparison.Ordinal);
        Assert.Contains("Mỗi người chỉ được bình chọn một lần.", browser.Text, StringComparison.Ordinal);

        using var voted = await browser.PostAsync(("/answers/price", "keep"), ("/answers/support", "bins"), ("/answers/support", "training"), ("/identifier", "0912 345 678"), ("ce-move", "next"));
        await browser.FollowAsync(voted);
        Assert.Contains("Phiếu bình chọn của bạn đã được ghi nhận.", browser.Text, StringComparison.Ordinal);
        Assert.Matches("id=\"receipt\">[0-9a-f-]{36}<", browser.Page);

        await browser.OpenAsync(fixture.Poll);
        using var again = await browser.PostAsync(("/answers/price", "raise"), ("/identifier", "+84912345678"), ("ce-move", "next"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("id=\"field-main-identifier-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Số này đã được dùng để tham gia. Mỗi người chỉ tham gia một lần.", browser.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"#field-main-identifier\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain("84912345678", browser.Page, StringComparison.Ordinal);
        Assert.Contains("value=\"raise\" checked", browser.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidPhone_AndTooManyChoices_AreShownAtTheirFields()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Poll);
        using var refused = await browser.PostAsync(("/answers/support", "bins"), ("/answers/support", "trucks"), ("/answers/support", "training"), ("/identifier", "12345"), ("ce-move", "next"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"field-main-identifier-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("id=\"field-main-answers-support-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Bạn đã chọn quá số phương án cho phép.", browser.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVoteWithNothingChosen_AsksToChooseAnOption_InVietnameseAndInEnglish()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Poll);
        using (var refused = await browser.PostAsync(("/identifier", "0912 000 111"), ("ce-move", "next")))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        Assert.Contains("Hãy chọn ít nhất một phương án.", browser.Text, StringComparison.Ordinal);

        await browser.UseEnglishAsync();
        await browser.OpenAsync(fixture.Poll);
        using (await browser.PostAsync(("/identifier", "0912 000 111"), ("ce-move", "next")))
        {
        }

        Assert.Contains("Choose at least one option.", browser.Text, StringComparison.Ordinal);
    }
}

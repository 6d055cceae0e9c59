using System.Net;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests;

/// <summary>Vietnamese by default whatever the browser asks; English by the switch, remembered in a cookie.</summary>
[Collection(WebHostGroup.Name)]
public sealed class CultureTests(WebHostFixture fixture)
{
    [Fact]
    public async Task Portal_IsVietnamese_EvenForAnEnglishBrowser()
    {
        using var browser = new BrowserLikeClient(fixture.Host);
        browser.AcceptLanguage("en-US,en;q=0.9");
        var page = await browser.GetPageAsync("/");
        Assert.Contains("<html lang=\"vi\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/culture/en?returnUrl=%2F\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switch_ToEnglish_SetsTheCookie_AndComesBack()
    {
        using var browser = new BrowserLikeClient(fixture.Host);
        using (var switched = await browser.GetAsync("/culture/en?returnUrl=%2Faccount%2Flogin"))
        {
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
            Assert.Equal("/account/login", switched.Headers.Location?.OriginalString);
        }

        var english = await browser.GetPageAsync("/account/login");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Sign in</h1>", english, StringComparison.Ordinal);

        using (await browser.GetAsync("/culture/vi?returnUrl=%2Faccount%2Flogin"))
        {
        }

        var vietnamese = await browser.GetPageAsync("/account/login");
        Assert.Contains("<h1>Đăng nhập</h1>", WebUtility.HtmlDecode(vietnamese), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Switch_NeverRedirectsOffTheSite(string returnUrl)
    {
        using var browser = new BrowserLikeClient(fixture.Host);
        using var switched = await browser.GetAsync("/culture/en?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal("/", switched.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Switch_ToAnUnsupportedLanguage_Is404()
    {
        using var browser = new BrowserLikeClient(fixture.Host);
        using var switched = await browser.GetAsync("/culture/fr?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.NotFound, switched.StatusCode);
    }
}

using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.E2E.Tests.Console;
using ConsultEngine.Runtime.Tools;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>
/// A citizen with JavaScript disabled comments on two articles of a draft resolution on the portal's
/// generic step page — the host knows nothing of the draft-comments tool — and the comments are stored
/// with their article, counted in the tool's analysis, and listed in the explanation register that the
/// Working Group reads in the console.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class DraftCommentsWithoutJavaScriptTests(BrowserFixture browser)
{
    private const string StepId = DraftConsultation.StepId;

    [Fact]
    public async Task ACitizen_CommentsOnTwoArticles_AndTheCommentsReachTheAnalysisTheRegisterAndTheConsole()
    {
        await using var host = await TestWebHost.StartAsync();
        var id = await DraftConsultation.StartAsync(host);
        await using var context = await browser.NewContextAsync(host.Address, javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/consultations/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tham gia", Exact = false }).First.ClickAsync();
        await page.WaitForURLAsync($"**/consultations/{id}/steps/{StepId}");
        await Assertions.Expect(page.Locator("#article-2")).ToContainTextAsync("Xe máy: 5.000 đồng/lượt ban ngày");
        await Screenshots.TakeAsync(page, "portal-draft-01-articles");

        // Article 1: agree, without the stance first — the tool's error at its field, the comment kept.
        await page.Locator("#field-comment-dieu-1-text").FillAsync("Phạm vi rõ ràng, nên áp dụng cả bãi xe của bệnh viện công.");
        await Form(page, "dieu-1").Locator("button[value=next]").ClickAsync();
        await Assertions.Expect(page.Locator("#field-comment-dieu-1-answers-stance-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#field-comment-dieu-1-text")).ToHaveValueAsync("Phạm vi rõ ràng, nên áp dụng cả bãi xe của bệnh viện công.");
        await Screenshots.TakeAsync(page, "portal-draft-02-stance-missing");
        await page.Locator("#field-comment-dieu-1-answers-stance").CheckAsync();
        await page.Locator("#field-comment-dieu-1-consent-privacy").CheckAsync();
        await Form(page, "dieu-1").Locator("button[value=next]").ClickAsync();
        await page.WaitForURLAsync("**/thanks/**");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Cảm ơn bạn đã góp ý.");

        // Article 2: propose other wording.
        await page.GotoAsync($"/consultations/{id}/steps/{StepId}");
        await page.Locator("#field-comment-dieu-2-answers-stance-2").CheckAsync();
        await page.Locator("#field-comment-dieu-2-text").FillAsync("Mức thu ban đêm với xe máy quá cao so với thu nhập của người lao động.");
        await page.Locator("#field-comment-dieu-2-answers-wording").FillAsync("2. Xe máy: 5.000 đồng/lượt ban ngày; 6.000 đồng/lượt ban đêm.");
        await page.Locator("#field-comment-dieu-2-consent-privacy").CheckAsync();
        await Screenshots.TakeAsync(page, "portal-draft-03-article-2-filled");
        await Form(page, "dieu-2").Locator("button[value=next]").ClickAsync();
        await page.WaitForURLAsync("**/thanks/**");
        await Assertions.Expect(page.Locator("#receipt")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f-]{36}$"));
        await Screenshots.TakeAsync(page, "portal-draft-04-thanks");

        var inputs = await host.Services.GetRequiredService<IToolDataStore>().Inputs(id, StepId).ReadAsync(InputQuery.All);
        Assert.Equal(["dieu-1", "dieu-2"], inputs.Select(i => i.Subject).Order(StringComparer.Ordinal));
        Assert.All(inputs, i => Assert.Equal(InputChannel.Web, i.Channel));
        var proposal = Assert.Single(inputs, i => i.Subject == "dieu-2");
        Assert.Equal("propose-wording", proposal.Answers!.Value.GetProperty("stance").GetString());

        using var staff = await ConsoleSession.ApiAsync(host, Roles.CouncilOffice);
        using var analysis = JsonDocument.Parse(await staff.GetStringAsync(new Uri($"api/instances/{id}/tool-steps/{StepId}/analysis", UriKind.Relative)));
        Assert.Equal(2, analysis.RootElement.GetProperty("basis").GetProperty("counted").GetInt32());

        // Both comments are opinions of the explanation register, each about its article...
        using var register = JsonDocument.Parse(await staff.GetStringAsync(new Uri($"api/instances/{id}/register/opinions", UriKind.Relative)));
        var opinions = register.RootElement.EnumerateArray().Select(e => e.GetProperty("opinion")).ToList();
        Assert.Contains(opinions, o => o.GetProperty("subject").GetString() == "dieu-1" && o.GetProperty("text").GetString()!.Contains("bệnh viện công", StringComparison.Ordinal));
        Assert.Contains(opinions, o => o.GetProperty("subject").GetString() == "dieu-2" && o.GetProperty("text").GetString()!.Contains("quá cao so với thu nhập", StringComparison.Ordinal));

        // ...and the Working Group reads them on the console's register page.
        await using var staffContext = await browser.NewContextAsync(host.Address);
        var console = await staffContext.NewPageAsync();
        await ConsoleSession.SignInAsync(console, Roles.WorkingGroup);
        await console.GotoAsync($"/console/consultations/{id}/register");
        await ConsoleSession.InteractiveAsync(console);
        await Assertions.Expect(console.Locator(".mud-main-content")).ToContainTextAsync("Mức thu ban đêm với xe máy quá cao so với thu nhập của người lao động.");
        await Assertions.Expect(console.Locator(".mud-main-content")).ToContainTextAsync("Phạm vi rõ ràng, nên áp dụng cả bãi xe của bệnh viện công.");
        // Each with its stance on the article.
        await Assertions.Expect(console.Locator("tr[data-opinion]").Filter(new() { HasText = "bệnh viện công" }).Locator("[data-stance]")).ToHaveTextAsync("Quan điểm: Đồng ý");
        await Assertions.Expect(console.Locator("tr[data-opinion]").Filter(new() { HasText = "quá cao so với thu nhập" }).Locator("[data-stance]")).ToHaveTextAsync("Quan điểm: Đề xuất sửa");
        await Screenshots.TakeAsync(console, "portal-draft-05-console-register");
    }

    private static ILocator Form(IPage page, string article) =>
        page.Locator("section.ce-form-section").Filter(new() { Has = page.Locator($"#field-comment-{article}-text") });
}

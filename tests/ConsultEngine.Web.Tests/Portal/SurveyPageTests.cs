using System.Net;
using System.Text.Json;
using ConsultEngine.Runtime.Tools;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>A survey answered on the generic step page through plain form posts, page by page: skip logic decided by the tool, its errors at their fields.</summary>
[Collection(PortalHostGroup.Name)]
public sealed class SurveyPageTests(PortalHostFixture fixture)
{
    private const string Move = "ce-move";

    [Fact]
    public async Task Collected_AsksHowOften_NotWhy_AndTheAnswersAreStoredWithAReceipt()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Survey);
        Assert.Contains("Rác thải của gia đình có được thu gom không?", browser.Text, StringComparison.Ordinal);
        Assert.Contains("<legend>", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"/answers/frequency\"", browser.Page, StringComparison.Ordinal);

        using (var page2 = await browser.PostAsync(("/answers/collected", "yes"), (Move, "next")))
        {
            Assert.Equal(HttpStatusCode.OK, page2.StatusCode);
        }

        Assert.Contains("name=\"/answers/frequency\"", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"/answers/why-not\"", browser.Page, StringComparison.Ordinal);

        using (await browser.PostAsync(("/answers/frequency", "3"), (Move, "next")))
        {
        }

        Assert.Contains("name=\"/answers/satisfaction\"", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"/answers/why-not\"", browser.Page, StringComparison.Ordinal);
        using var done = await browser.PostAsync(
            ("/answers/satisfaction", "4"), ("/answers/services", "bins"), ("/answers/services", "sorting"), ("/answers/since", "2025-06-01"), ("/answers/village", "Xóm 3"),
            ("/answers/priorities#1", "price"), ("/answers/priorities#2", "cleanliness"), ("/answers/priorities#3", "frequency"), (Move, "next"));
        await browser.FollowAsync(done);
        Assert.Contains("Ý kiến của bạn đã được ghi nhận.", browser.Text, StringComparison.Ordinal);
        var receipt = Guid.Parse(System.Text.RegularExpressions.Regex.Match(browser.Page, "id=\"receipt\">([0-9a-f-]{36})<").Groups[1].Value);

        var inputs = await fixture.Host.Services.GetRequiredService<IToolDataStore>().Inputs(fixture.InstanceId, PortalSeed.SurveyStep).ReadAsync(ConsultEngine.Abstractions.InputQuery.All);
        var stored = Assert.Single(inputs, i => i.Id == receipt);
        var answers = stored.Answers!.Value;
        Assert.Equal("yes", answers.GetProperty("collected").GetString());
        Assert.Equal(3, answers.GetProperty("frequency").GetInt32());
        Assert.False(answers.TryGetProperty("why-not", out _));
        Assert.Equal(["price", "cleanliness", "frequency"], answers.GetProperty("priorities").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["bins", "sorting"], answers.GetProperty("services").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(ConsultEngine.Abstractions.InputChannel.Web, stored.Channel);
    }

    [Fact]
    public async Task NotCollected_SkipsHowOften_AndAsksWhy()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Survey);
        using (await browser.PostAsync(("/answers/collected", "no"), (Move, "next")))
        {
        }

        Assert.Contains("name=\"/answers/why-not\"", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"/answers/frequency\"", browser.Page, StringComparison.Ordinal);

        using (await browser.PostAsync((Move, "back")))
        {
        }

        Assert.Contains("name=\"/answers/collected\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("value=\"no\" checked", browser.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequiredAnswerLeftOut_IsTheToolsError_ShownAtItsField_AndNothingIsStored()
    {
        var store = fixture.Host.Services.GetRequiredService<IToolDataStore>().Inputs(fixture.InstanceId, PortalSeed.SurveyStep);
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Survey);
        using (await browser.PostAsync(("/answers/collected", "no"), (Move, "next")))
        {
        }

        var before = await store.CountAsync(ConsultEngine.Abstractions.InputQuery.All);
        using var refused = await browser.PostAsync(("/answers/why-not", "Xe không vào được ngõ."), (Move, "next"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"field-main-answers-satisfaction-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Câu hỏi này bắt buộc trả lời.", browser.Text, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"field-main-answers-satisfaction-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("href=\"#field-main-answers-satisfaction\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Xe không vào được ngõ.", browser.Text, StringComparison.Ordinal);
        Assert.Equal(before, await store.CountAsync(ConsultEngine.Abstractions.InputQuery.All));
    }

    [Fact]
    public async Task OnTheLastPage_EveryProblem_IsShownAtOnce_TheToolsAtTheirFields_AndTheMissingConsentAtItsBox()
    {
        using var browser = new PortalBrowser(fixture.Host) { TicksConsent = false };
        await browser.OpenAsync(fixture.Survey);
        using (await browser.PostAsync(("/answers/collected", "no"), (Move, "next")))
        {
        }

        using (await browser.PostAsync(("/answers/why-not", "Xe không vào được ngõ."), (Move, "next")))
        {
        }

        using var refused = await browser.PostAsync(("/answers/since", "2025-02-31"), (Move, "next"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"field-main-answers-satisfaction-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("id=\"field-main-answers-since-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("id=\"field-main-consent-privacy-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Equal(
            ["#field-main-answers-satisfaction", "#field-main-answers-since", "#field-main-consent-privacy"],
            System.Text.RegularExpressions.Regex.Matches(browser.Page, "<li><a href=\"(#[^\"]+)\"").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ANumberOutOfRange_IsShownAtItsField_OnItsOwnPage_WithTheValueGiven()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.OpenAsync(fixture.Survey);
        using (await browser.PostAsync(("/answers/collected", "yes"), (Move, "next")))
        {
        }

        using var refused = await browser.PostAsync(("/answers/frequency", "9"), (Move, "next"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"field-main-answers-frequency-error\"", browser.Page, StringComparison.Ordinal);
        Assert.Contains("Số không nằm trong khoảng cho phép.", browser.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"9\"", browser.Page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"/answers/satisfaction\"", browser.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InEnglish_TheQuestionsAndErrorsAreEnglish()
    {
        using var browser = new PortalBrowser(fixture.Host);
        await browser.UseEnglishAsync();
        await browser.OpenAsync(fixture.Survey);
        Assert.Contains("Is your household's waste collected?", browser.Text, StringComparison.Ordinal);
        using (await browser.PostAsync((Move, "next")))
        {
        }

        using (await browser.PostAsync((Move, "next")))
        {
        }

        Assert.Contains("This question must be answered.", browser.Text, StringComparison.Ordinal);
        Assert.Contains("id=\"field-main-answers-collected-error\"", browser.Page, StringComparison.Ordinal);
    }
}

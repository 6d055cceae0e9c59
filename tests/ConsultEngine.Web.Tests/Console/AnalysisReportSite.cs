using System.Net;
using ConsultEngine.Hosting.Demo;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// A host of its own holding the example consultation (<see cref="DemoConsultation"/>, small) left
/// waiting at the Working Group's analysis report: real survey answers with respondent attributes
/// (cross-tabs, χ², means), a focus group coded by two coders (kappa), and every tool step closed.
/// Staff are seeded per role and sign in through the sign-in form like a browser.
/// </summary>
public sealed class AnalysisReportSite : IAsyncLifetime
{
    public const string ReportStep = "prepare-analysis-report";
    public const string SurveyStep = "run-survey";
    public const string FocusGroupStep = "run-focus-groups";

    public TestWebHost Host { get; private set; } = default!;

    public Guid InstanceId { get; private set; }

    public async Task InitializeAsync()
    {
        Host = await TestWebHost.StartAsync();
        InstanceId = await DemoConsultation.CreateAsync(Host.Services, DemoOptions.Small with { StopBefore = ReportStep });
        await TestUsers.SeedAsync(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A browser signed in as the role's seeded user, reading in <paramref name="language"/>.</summary>
    internal async Task<BrowserLikeClient> BrowserAsync(string role, string language = "vi")
    {
        var browser = new BrowserLikeClient(Host);
        using var signIn = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = TestUsers.UserName(role),
            ["Input.Password"] = TestUsers.Password(role),
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        if (language != "vi")
        {
            // Pages read Vietnamese whatever the browser asks; another language is the switch's cookie.
            using var switched = await browser.GetAsync($"/culture/{language}?returnUrl=%2F");
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        return browser;
    }
}

[CollectionDefinition(Name)]
public sealed class AnalysisReportGroup : ICollectionFixture<AnalysisReportSite>
{
    public const string Name = "analysis report site";
}

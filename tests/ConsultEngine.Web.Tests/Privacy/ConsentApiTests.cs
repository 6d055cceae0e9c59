using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Portal.Privacy;
using ConsultEngine.Web.Testing.Portal;
using ConsultEngine.Web.Tests.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Privacy;

/// <summary>
/// Consent on the public API (Decree 13/2023/NĐ-CP): every body sent carries <c>"consent": { "privacy": true }</c>,
/// a sensitive attribute (ethnicity) needs <c>"sensitive": true</c> too; a refusal is 422 with its code at
/// <c>/consent/privacy</c> or <c>/consent/sensitive</c>, and an accepted form's consent is recorded with the
/// notice's version.
/// </summary>
[Collection(PortalHostGroup.Name)]
public sealed class ConsentApiTests(PortalHostFixture fixture)
{
    private static readonly object Answers = new { collected = "yes", frequency = 2, satisfaction = "3" };

    [Fact]
    public async Task ASubmissionWithoutConsent_Is422_CE8220_AtConsentPrivacy()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/submissions", new { answers = Answers });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, PrivacyCodes.ConsentRequired);
        Assert.Equal([(PrivacyCodes.ConsentRequired, "/consent/privacy")], await ProblemsAsync(response));
    }

    [Fact]
    public async Task ConsentGivenAsFalse_IsNoConsent()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/submissions", new { answers = Answers, consent = new { privacy = false } });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, PrivacyCodes.ConsentRequired);
    }

    [Theory]
    [InlineData("/forms/main")]
    [InlineData("/forms/register")]
    [InlineData("/registrations")]
    public async Task EveryFormRoute_RefusesABodyWithoutConsent(string route)
    {
        using var client = fixture.Host.CreateClient();
        var step = route == "/forms/main" ? PortalSeed.SurveyStep : PortalSeed.HearingStep;
        object body = step == PortalSeed.SurveyStep ? new { answers = Answers } : new { sessionId = PortalSeed.LargeSession, fullName = "Trần Văn Bình" };

        using var response = await client.PostAsJsonAsync(fixture.Api(step) + route, body);

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, PrivacyCodes.ConsentRequired);
        Assert.Contains((PrivacyCodes.ConsentRequired, "/consent/privacy"), await ProblemsAsync(response));
    }

    [Fact]
    public async Task Ethnicity_WithoutItsOwnConsent_Is422_CE8221_AtConsentSensitive()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/submissions", new
        {
            answers = Answers,
            respondent = new { ethnicity = "Tày" },
            consent = new { privacy = true, sensitive = false },
        });

        await ProblemJson.AssertAsync(response, HttpStatusCode.UnprocessableEntity, PrivacyCodes.SensitiveConsentRequired);
        Assert.Equal([(PrivacyCodes.SensitiveConsentRequired, "/consent/sensitive")], await ProblemsAsync(response));
    }

    [Fact]
    public async Task Ethnicity_WithItsOwnConsent_IsAccepted_AndTheConsentIsRecordedWithTheNoticeVersion()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/submissions", new
        {
            answers = Answers,
            respondent = new { ethnicity = "Tày" },
            consent = new { privacy = true, sensitive = true },
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        var inputId = json.RootElement.GetProperty("inputIds")[0].GetGuid();
        var recorded = await fixture.Host.Services.GetRequiredService<ConsentLedger>().FindAsync(fixture.InstanceId, PortalSeed.SurveyStep, inputId.ToString(), CancellationToken.None);
        Assert.NotNull(recorded);
        Assert.Equal((PrivacyNotice.Version, true, true), (recorded.Notice, recorded.Privacy, recorded.Sensitive));
        Assert.Equal([inputId], recorded.Inputs);
    }

    [Fact]
    public async Task AnEmptyEthnicity_NeedsNoSensitiveConsent()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/submissions", new
        {
            answers = Answers,
            respondent = new { ethnicity = " ", gender = "female" },
            consent = new { privacy = true },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task AnActionForm_RecordsItsConsentUnderTheReceipt()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.HearingStep) + "/forms/register", new
        {
            sessionId = PortalSeed.LargeSession,
            fullName = "Vũ Thị Thu",
            consent = new { privacy = true },
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        var receipt = json.RootElement.GetProperty("receipt").GetString()!;
        var recorded = await fixture.Host.Services.GetRequiredService<ConsentLedger>().FindAsync(fixture.InstanceId, PortalSeed.HearingStep, receipt, CancellationToken.None);
        Assert.Equal(PrivacyNotice.Version, recorded?.Notice);
    }

    [Fact]
    public async Task Evaluating_StoresNothing_AndNeedsNoConsent()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(fixture.Api(PortalSeed.SurveyStep) + "/forms/main/evaluate", new { answers = new { collected = "no" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<List<(string Code, string Pointer)>> ProblemsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("code").GetString()!, p.GetProperty("pointer").GetString()!))];
    }
}

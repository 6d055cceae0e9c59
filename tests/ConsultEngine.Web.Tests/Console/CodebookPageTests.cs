using System.Net;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Codebooks;
using ConsultEngine.Persistence.Codebooks;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing.Portal;
using ConsultEngine.Web.Tests.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The codebook page of a consultation with three hearing opinions, rendered on the server for a signed-in
/// member: the themes, the themes table and the agreement for everyone who reads consultations, the forms
/// only for those who keep the registers, and a second coder's mode that never shows a primary coding.
/// </summary>
[Collection(StaffSiteGroup.Name)]
public sealed class CodebookPageTests(StaffSiteFixture site)
{
    private const string PrimaryCoder = "primary.coder";
    private const string SecondCoder = "second.coder";
    private static readonly LocalText Safety = new("An ninh trật tự bãi xe", "Parking lot safety");
    private static readonly LocalText Charges = new("Mức thu dịch vụ", "Service charges");

    [Fact]
    public async Task TheWorkingGroup_SeesTheThemes_TheThemesTable_TheCodingForms_AndTheAgreementWithItsDisagreements()
    {
        var (id, inputs) = await CodedConsultationAsync();
        var codebook = site.Host.Services.GetRequiredService<IConsultationCodebook>();
        await codebook.DrawSampleAsync(id, new SampleRequest(1.0, null, 1), PrimaryCoder);
        await codebook.SecondCodeAsync(id, Opinion(inputs[0]), ["safety"], SecondCoder);
        await codebook.SecondCodeAsync(id, Opinion(inputs[1]), ["charges"], SecondCoder);
        await codebook.SecondCodeAsync(id, Opinion(inputs[2]), [], SecondCoder);

        var (status, html) = await PageAsync($"console/consultations/{id}/codebook", Roles.WorkingGroup);
        var (_, consultation) = await PageAsync($"console/consultations/{id}", Roles.WorkingGroup);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"codebook-themes\" data-themes=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains(Safety.Vi, html, StringComparison.Ordinal);
        Assert.Contains("data-theme-row=\"charges\" data-opinions=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"theme-form\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"coding-form\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"codebook-agreement\" data-sampled=\"3\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-disagreement=\"{Opinion(inputs[2])}\" data-theme=\"charges\"", html, StringComparison.Ordinal);
        Assert.Contains("data-register-link=\"codebook\"", consultation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExecutive_ReadsTheThemesAndTheAgreement_WithoutAnyForm_InEitherMode()
    {
        var (id, _) = await CodedConsultationAsync();

        var (status, html) = await PageAsync($"console/consultations/{id}/codebook", Roles.Executive);
        var (secondStatus, second) = await PageAsync($"console/consultations/{id}/codebook?mode=second", Roles.Executive, english: true);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"codebook-themes\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"codebook-agreement\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.Contains("Consultation codebook", second, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"second-not-keeper\"", second, StringComparison.Ordinal);
        foreach (var form in new[] { "theme-form", "import-themes", "coding-form", "sample-form", "second-queue" })
        {
            Assert.DoesNotContain($"data-testid=\"{form}\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"data-testid=\"{form}\"", second, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheSecondCodersSection_ShowsTheSampledOpinion_ButNeverThePrimaryCodingsTheme()
    {
        var (id, inputs) = await ConsultationAsync();
        var codebook = site.Host.Services.GetRequiredService<IConsultationCodebook>();
        await codebook.CodeAsync(id, Opinion(inputs[0]), ["safety"], PrimaryCoder);
        await codebook.DrawSampleAsync(id, new SampleRequest(null, 1, 1), PrimaryCoder);

        var (status, html) = await PageAsync($"console/consultations/{id}/codebook?mode=second", Roles.WorkingGroup);

        Assert.Equal(HttpStatusCode.OK, status);
        var start = html.IndexOf("data-testid=\"second-coding\"", StringComparison.Ordinal);
        Assert.True(start > 0, "The page has no second coder's section.");
        var (before, section) = (html[..start], html[start..]);
        // The label is on the page (the codebook's themes, to code with), so its absence below is the blind rule, not a missing label.
        Assert.Contains(Safety.Vi, before, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sample-form\"", section, StringComparison.Ordinal);
        Assert.Contains($"data-second-opinion=\"{Opinion(inputs[0])}\" data-coded=\"no\"", section, StringComparison.Ordinal);
        Assert.DoesNotContain(Safety.Vi, section, StringComparison.Ordinal);
        Assert.DoesNotContain(PrimaryCoder, section, StringComparison.Ordinal);
        foreach (var primary in new[] { "primary-coding", "codebook-theme-table", "codebook-agreement" })
        {
            Assert.DoesNotContain($"data-testid=\"{primary}\"", html, StringComparison.Ordinal);
        }
    }

    private static string Opinion(Guid input) => input.ToString("D");

    private async Task<(Guid Id, IReadOnlyList<Guid> Inputs)> ConsultationAsync()
    {
        var id = await PublicationSeed.AwaitingApprovalAsync(site.Host.Services, "Bộ mã chủ đề");
        var inputs = await RegisterSeed.AddOpinionsAsync(site.Host.Services, id);
        var codebook = site.Host.Services.GetRequiredService<IConsultationCodebook>();
        await codebook.AddThemeAsync(id, new CodebookTheme("safety", Safety), PrimaryCoder);
        await codebook.AddThemeAsync(id, new CodebookTheme("charges", Charges), PrimaryCoder);
        return (id, inputs);
    }

    /// <summary>The three opinions coded by the primary coder: safety; charges; charges.</summary>
    private async Task<(Guid Id, IReadOnlyList<Guid> Inputs)> CodedConsultationAsync()
    {
        var (id, inputs) = await ConsultationAsync();
        var codebook = site.Host.Services.GetRequiredService<IConsultationCodebook>();
        await codebook.CodeAsync(id, Opinion(inputs[0]), ["safety"], PrimaryCoder);
        await codebook.CodeAsync(id, Opinion(inputs[1]), ["charges"], PrimaryCoder);
        await codebook.CodeAsync(id, Opinion(inputs[2]), ["charges"], PrimaryCoder);
        return (id, inputs);
    }

    private async Task<(HttpStatusCode Status, string Html)> PageAsync(string path, string role, bool english = false)
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        var session = await site.SessionAsync(role);
        request.Headers.Add("Cookie", english ? session.Cookies + "; .AspNetCore.Culture=c%3Den%7Cuic%3Den" : session.Cookies);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}

using System.Net;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing.Portal;
using ConsultEngine.Web.Tests.Authorization;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The register pages of a consultation with opinions, rendered on the server for a signed-in member:
/// the opinions with their sources (citizens anonymised), the progress, and the forms only for those who
/// keep the registers; the consultation page links them; the staff DOCX of the register downloads.
/// </summary>
[Collection(StaffSiteGroup.Name)]
public sealed class RegisterPagesTests(StaffSiteFixture site)
{
    [Fact]
    public async Task ExplanationRegister_ListsEveryOpinion_WithProgress_AndTheFormForTheWorkingGroup()
    {
        var (id, inputs) = await ConsultationAsync();

        var (status, html) = await PageAsync($"console/consultations/{id}/register", Roles.WorkingGroup);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-dispositioned=\"0\" data-total=\"3\"", html, StringComparison.Ordinal);
        Assert.All(inputs, input => Assert.Contains($"data-opinion=\"{input:D}\"", html, StringComparison.Ordinal));
        Assert.Contains(RegisterSeed.Organisation, html, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalSeed.Actor + "<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"disposition-form\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"groups\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExecutive_ReadsTheRegisterPages_WithoutAnyForm()
    {
        var (id, _) = await ConsultationAsync();

        foreach (var (page, form) in new[] { ("register", "disposition-form"), ("recommendations", "recommendation-form"), ("decisions", "decision-form") })
        {
            var (status, html) = await PageAsync($"console/consultations/{id}/{page}", Roles.Executive);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain($"data-testid=\"{form}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RecommendationsAndDecisions_OfferTheirForms_ToTheStandingCommittee_InEnglishToo()
    {
        var (id, _) = await ConsultationAsync();

        var (_, recommendations) = await PageAsync($"console/consultations/{id}/recommendations", Roles.StandingCommittee);
        var (_, decisions) = await PageAsync($"console/consultations/{id}/decisions", Roles.StandingCommittee, english: true);

        Assert.Contains("data-testid=\"recommendation-form\"", recommendations, StringComparison.Ordinal);
        Assert.Contains("Kiến nghị mới", recommendations, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"decision-form\"", decisions, StringComparison.Ordinal);
        Assert.Contains("Policy decision register", decisions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TraceOfAnInput_ShowsItsOpinions_AndTheConsultationPageLinksTheRegisters()
    {
        var (id, inputs) = await ConsultationAsync();

        var (status, trace) = await PageAsync($"console/consultations/{id}/trace?input={inputs[2]}", Roles.WorkingGroup);
        var (_, consultation) = await PageAsync($"console/consultations/{id}", Roles.WorkingGroup);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"data-testid=\"forward-trace\" data-input=\"{inputs[2]:D}\"", trace, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"register-links\"", consultation, StringComparison.Ordinal);
        Assert.Contains($"/console/consultations/{id}/register\"", consultation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRegisterDocx_DownloadsForStaff_BeforeAnyPublication()
    {
        var (id, _) = await ConsultationAsync();
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"api/instances/{id}/register/explanation.docx", UriKind.Relative));
        (await site.SessionAsync(Roles.CouncilOffice)).Sign(request, withToken: false);

        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    private async Task<(Guid Id, IReadOnlyList<Guid> Inputs)> ConsultationAsync()
    {
        var id = await PublicationSeed.AwaitingApprovalAsync(site.Host.Services, "Sổ tiếp thu, giải trình");
        return (id, await RegisterSeed.AddOpinionsAsync(site.Host.Services, id));
    }

    private async Task<(HttpStatusCode Status, string Html)> PageAsync(string path, string role, bool english = false)
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        var session = await site.SessionAsync(role);

        // The reading language is the culture cookie's (the layout's switch sets it).
        request.Headers.Add("Cookie", english ? session.Cookies + "; .AspNetCore.Culture=c%3Den%7Cuic%3Den" : session.Cookies);
        using var response = await client.SendAsync(request);
        // The page encodes letters outside ASCII as character references: read it as the browser shows it.
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}

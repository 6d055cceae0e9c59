using System.Net;
using System.Text;
using ConsultEngine.Web.StaffConsole;
using ConsultEngine.Web.Testing.Portal;
using ConsultEngine.Web.Tests.Portal;

namespace ConsultEngine.Web.Tests.Hostile;

/// <summary>
/// The server errors the public endpoint fuzz found, each kept as the request that caused it: every one is
/// now a coded refusal (400, CE9942) and never a 500.
/// </summary>
[Collection(PortalHostGroup.Name)]
public sealed class FuzzFindingsTests(PortalHostFixture fixture)
{
    [Fact]
    public async Task ALogoutFormWithAKeyLongerThanTheFormReaderAllows_Is400WithItsCode_NotAServerError()
    {
        using var client = fixture.Host.CreateClient();
        using var form = new FormUrlEncodedContent([new("/answers/" + new string('x', 3_000), "yes")]);

        using var response = await client.PostAsync(new Uri("account/logout", UriKind.Relative), form);

        await ProblemJson.AssertAsync(response, HttpStatusCode.BadRequest, ConsoleCodes.BadRequest);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/registrations")]
    [InlineData("/forms/register")]
    public async Task APublicFormBodyNamingAKeyTwice_Is400WithItsCode_NotAServerError(string form)
    {
        using var client = fixture.Host.CreateClient();
        using var body = new StringContent("{\"sessionId\":\"" + PortalSeed.LargeSession + "\",\"fullName\":\"A\",\"fullName\":null}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri(fixture.Api(PortalSeed.HearingStep).TrimStart('/') + form, UriKind.Relative), body);

        await ProblemJson.AssertAsync(response, HttpStatusCode.BadRequest, ConsoleCodes.BadRequest);
    }

    [Fact]
    public async Task ASubmissionNamingItsAnswersTwice_Is400WithItsCode_NotAServerError()
    {
        using var client = fixture.Host.CreateClient();
        using var body = new StringContent("{\"answers\":{},\"answers\":[1],\"answers\":null}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri(fixture.Api(PortalSeed.SurveyStep).TrimStart('/') + "/submissions", UriKind.Relative), body);

        await ProblemJson.AssertAsync(response, HttpStatusCode.BadRequest, ConsoleCodes.BadRequest);
    }

    [Fact]
    public async Task AFormPostWhoseAntiforgeryCheckFails_Is400WithItsCode_NotAServerError()
    {
        using var client = fixture.Host.CreateClient();
        using var form = new FormUrlEncodedContent([new("returnUrl", "/"), new("__RequestVerificationToken", "forged")]);

        using var response = await client.PostAsync(new Uri("account/logout", UriKind.Relative), form);

        await ProblemJson.AssertAsync(response, HttpStatusCode.BadRequest, ConsoleCodes.BadRequest);
    }

    [Fact]
    public async Task APublicFormBodyWithBytesThatAreNotUtf8_Is400WithItsCode_NotAServerError()
    {
        using var client = fixture.Host.CreateClient();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"sessionId\":\""), 0xFF, 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\",\"fullName\":\"A\"}")];
        using var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync(new Uri(fixture.Api(PortalSeed.HearingStep).TrimStart('/') + "/forms/register", UriKind.Relative), body);

        await ProblemJson.AssertAsync(response, HttpStatusCode.BadRequest, ConsoleCodes.BadRequest);
    }

    [Fact]
    public async Task AJsonBodyInACharsetNoEncodingHas_Is400WithItsCode_NotAServerError()
    {
        using var client = fixture.Host.CreateClient();
        using var body = new StringContent("{\"userName\":\"a\",\"password\":\"b\"}", Encoding.UTF8, "application/json");
        body.Headers.ContentType!.CharSet = "no-such-charset";

        using var response = await client.PostAsync(new Uri("api/auth/login", UriKind.Relative), body);

        await ProblemJson.AssertAsync(response, HttpStatusCode.BadRequest, ConsoleCodes.BadRequest);
    }

    [Fact]
    public async Task ABlankStepId_IsNotOpen404_NotAServerError()
    {
        using var client = fixture.Host.CreateClient();
        using var body = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri($"api/consultations/{fixture.InstanceId}/steps/%20/forms/main", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

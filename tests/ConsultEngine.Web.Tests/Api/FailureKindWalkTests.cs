using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Portal;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>
/// Refusals answer the same HTTP status for the same kind of failure on every endpoint: each kind is
/// walked through the public API (<c>POST /api/consultations/{id}/steps/{step}/submissions</c>) and the
/// staff API — over HTTP where both can be led into it, and for every kind through both APIs' answers to
/// the same refusal (the staff API's exception handler, the public API's refusal).
/// </summary>
public sealed class FailureKindWalkTests(FailureKindWalkTests.Site site) : IClassFixture<FailureKindWalkTests.Site>
{
    /// <summary>A code of each kind, refused by a tool (or by the host where no tool code has that kind).</summary>
    public static TheoryData<FailureKind, string> EveryKind => new()
    {
        { FailureKind.Malformed, StaffConsole.ConsoleCodes.BadRequest },
        { FailureKind.Invalid, ToolCodes.PayloadInvalid },
        { FailureKind.Unauthenticated, WebErrorCodes.NotSignedIn },
        { FailureKind.Forbidden, ToolCodes.NotAllowed },
        { FailureKind.NotFound, ToolCodes.InputNotFound },
        { FailureKind.MethodNotAllowed, WebErrorCodes.MethodNotAllowed },
        { FailureKind.Conflict, ToolCodes.StepNotCollecting },
        { FailureKind.TooMany, WebErrorCodes.RateLimited },
        { FailureKind.Unavailable, ToolCodes.ToolNotLoaded },
        { FailureKind.Fault, ToolCodes.ToolFault },
        { FailureKind.TooLarge, WebErrorCodes.PublicBodyTooLarge },
    };

    [Fact]
    public void TheWalk_CoversEveryKind()
    {
        var walked = EveryKind.Select(row => (FailureKind)row[0]).ToHashSet();
        Assert.Equal(Enum.GetValues<FailureKind>().ToHashSet(), walked);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public async Task ARefusalOfEachKind_AnswersTheSameStatus_FromTheStaffApiAndThePublicApi(FailureKind kind, string code)
    {
        Assert.Equal(kind, FailureKinds.Of(code));
        var refused = new ToolException(code, "Refused for the walk.", [new ToolProblem(code, "/answers/q1", "Refused for the walk.")]);

        using var scope = site.Host.Services.CreateScope();
        var staff = Context(scope.ServiceProvider);
        Assert.True(await new RefusalExceptionHandler().TryHandleAsync(staff, refused, CancellationToken.None));

        var portal = Context(scope.ServiceProvider);
        var localizer = scope.ServiceProvider.GetRequiredService<IStringLocalizer<PortalText>>();
        var codes = scope.ServiceProvider.GetRequiredService<ICodeText>();
        await PortalApi.Refused(localizer, codes, refused, answerIds: true).ExecuteAsync(portal);

        Assert.Equal(FailureStatus.Of(kind), staff.Response.StatusCode);
        Assert.Equal(FailureStatus.Of(kind), portal.Response.StatusCode);
    }

    [Fact]
    public async Task PayloadInvalid_Is422_OnBothApis()
    {
        using var anonymous = site.Host.CreateClient();
        var answers = new { collected = "yes", frequency = 12 };
        using var office = await site.StaffAsync(Roles.CouncilOffice);
        await AssertKindAsync(FailureKind.Invalid,
            await anonymous.PostAsJsonAsync(site.PublicSubmissions(PortalSeed.SurveyStep), new { answers, consent = new { privacy = true } }),
            await office.PostAsJsonAsync(site.StaffSubmissions(PortalSeed.SurveyStep), new { answers }));
    }

    [Fact]
    public async Task AnUnreadableBody_Is400_OnBothApis()
    {
        using var anonymous = site.Host.CreateClient();
        using var office = await site.StaffAsync(Roles.CouncilOffice);
        await AssertKindAsync(FailureKind.Malformed,
            await anonymous.PostAsync(site.PublicSubmissions(PortalSeed.SurveyStep), Json("null")),
            await office.PostAsync(site.StaffSubmissions(PortalSeed.SurveyStep), Json("{ not json")));
    }

    [Fact]
    public async Task AnUnknownConsultation_Is404_OnBothApis()
    {
        using var anonymous = site.Host.CreateClient();
        var unknown = Guid.CreateVersion7();
        using var office = await site.StaffAsync(Roles.CouncilOffice);
        await AssertKindAsync(FailureKind.NotFound,
            await anonymous.PostAsJsonAsync($"/api/consultations/{unknown}/steps/{PortalSeed.SurveyStep}/submissions", new { answers = new { collected = "yes" }, consent = new { privacy = true } }),
            await office.PostAsJsonAsync($"/api/instances/{unknown}/tool-steps/{PortalSeed.SurveyStep}/submissions", new { answers = new { collected = "yes" } }));
    }

    [Fact]
    public async Task AConflictWithTheStepsState_Is409_OnBothApis()
    {
        using var anonymous = site.Host.CreateClient();
        // The public: a second vote with the same phone (CE9103). Staff: a submission to a tool step that no
        // longer collects (CE9102, its consultation moved past it).
        var vote = new { answers = new { price = "raise" }, identifier = "0901000999", consent = new { privacy = true } };
        using (var first = await anonymous.PostAsJsonAsync(site.PublicSubmissions(PortalSeed.PollStep), vote))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        using var office = await site.StaffAsync(Roles.CouncilOffice);
        await AssertKindAsync(FailureKind.Conflict,
            await anonymous.PostAsJsonAsync(site.PublicSubmissions(PortalSeed.PollStep), vote),
            await office.PostAsJsonAsync(site.StaffSubmissions("narrow-consultation"), new { text = "Ghi chép nhóm." }));
    }

    [Fact]
    public async Task ACallerWhoMayNot_Is403_AndOneNotSignedIn_Is401_OnTheStaffApi()
    {
        using var anonymous = site.Host.CreateClient();
        using var contractor = await site.StaffAsync(Roles.ContractedOrganisation);
        await AssertKindAsync(FailureKind.Forbidden, await contractor.PostAsJsonAsync(site.StaffSubmissions(PortalSeed.SurveyStep), new { answers = new { collected = "yes" } }));
        await AssertKindAsync(FailureKind.Unauthenticated, await anonymous.PostAsJsonAsync(site.StaffSubmissions(PortalSeed.SurveyStep), new { answers = new { collected = "yes" } }));
    }

    private static async Task AssertKindAsync(FailureKind kind, params HttpResponseMessage[] responses)
    {
        foreach (var response in responses)
        {
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode == FailureStatus.Of(kind), $"{response.RequestMessage?.RequestUri}: expected {FailureStatus.Of(kind)} for {kind}, got {(int)response.StatusCode}: {body}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                using var json = JsonDocument.Parse(body);
                var code = json.RootElement.GetProperty("code").GetString()!;
                Assert.True(FailureKinds.Of(code) == kind, $"{response.RequestMessage?.RequestUri}: {code} is {FailureKinds.Of(code)}, not {kind}");
            }
        }
    }

    private static DefaultHttpContext Context(IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = ApiEndpoints.Prefix + "/walk";
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <summary>A host of its own (its votes change nothing another test counts) with the portal's consultation and the staff users.</summary>
    public sealed class Site : PortalSite, IAsyncLifetime
    {
        public string PublicSubmissions(string step) => $"/api/consultations/{InstanceId}/steps/{step}/submissions";

        public string StaffSubmissions(string step) => $"/api/instances/{InstanceId}/tool-steps/{step}/submissions";

        public Task<HttpClient> StaffAsync(string role) => ApiSignIn.AsRoleAsync(Host, role);

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await TestUsers.SeedAsync(Host);
        }

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
    }
}

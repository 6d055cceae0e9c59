using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tests.Verification;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.PostgreSql;

/// <summary>
/// The acceptance of issue 14 for several nodes: a host on an empty PostgreSQL database starts, migrates and
/// prints the first administrator's sign-in; two hosts on one database share sign-ins, one vote per person,
/// timers, the outbox and step completion.
/// </summary>
public sealed class TwoNodeTests
{
    // The loser either met the winner's commit (CE8001, optimistic concurrency) or found the step already done (CE8004).
    private static readonly string[] ConflictCodes = ["CE8001", "CE8004"];

    [SkippableFact]
    public async Task AnEmptyDatabase_Starts_Migrates_AndPrintsTheFirstAdministratorsSignIn_OnTheFirstNodeOnly()
    {
        await using var nodes = await TwoNodes.StartAsync(seedUsers: false);

        var password = Assert.Single(FirstRunOutput.Passwords(nodes.First.Output));
        Assert.Matches(@"(?m)^\s*Tên đăng nhập / User name:\s+admin$", nodes.First.Output);
        Assert.Empty(FirstRunOutput.Passwords(nodes.Second.Output));
        Assert.NotEmpty(await nodes.Database.QueryAsync("SELECT \"MigrationId\" FROM __identity_migrations_history"));

        // The administrator made by the first node signs in on the second.
        await nodes.Second.EnrolTwoFactorAsync("admin");
        Assert.False(string.IsNullOrEmpty(await ApiSignIn.TokenAsync(nodes.Second, "admin", password)));
    }

    [SkippableFact]
    public async Task ABearerTokenFromOneNode_IsAcceptedByTheOther()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var token = await ApiSignIn.TokenAsync(nodes.First, TestUsers.UserName(Roles.CouncilOffice), TestUsers.Password(Roles.CouncilOffice));
        using var client = nodes.Second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.GetAsync(new Uri("api/instances", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task VotesWithOneIdentifier_SentToBothNodes_StoreOne_AndTheOtherIsRefusedWithCE9103()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var instance = await VerifiedPollSite.OpenAsync(nodes.First);
        var path = $"/api/consultations/{instance}/steps/{VerifiedPollSite.Unverified}/submissions";
        using var first = nodes.First.CreateClient();
        using var second = nodes.Second.CreateClient();

        var answers = await Task.WhenAll(
            first.PostAsJsonAsync(path, VerifiedPollSite.Vote("0914000777", code: null)),
            second.PostAsJsonAsync(path, VerifiedPollSite.Vote("0914000777", code: null)));

        try
        {
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            await ProblemJson.AssertAsync(Assert.Single(answers, a => a.StatusCode != HttpStatusCode.Created), HttpStatusCode.Conflict, ToolCodes.AlreadySubmitted);
            var analysis = await nodes.Second.Services.GetRequiredService<ConsultEngine.Hosting.Tools.IToolSteps>().AnalyseAsync(instance, VerifiedPollSite.Unverified);
            Assert.Equal(1, analysis.Basis.People);
        }
        finally
        {
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }

    [SkippableFact]
    public async Task AnOutboxMessage_IsSentOnce_WhenBothNodesDispatch()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var instance = await VerifiedPollSite.OpenAsync(nodes.First);
        using var client = nodes.First.CreateClient();
        using (var asked = await client.PostAsJsonAsync($"/api/consultations/{instance}/steps/{VerifiedPollSite.Verified}/verification", new { identifier = "0914000888" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        }

        await Task.WhenAll(
            nodes.First.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(100),
            nodes.Second.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(100));

        Assert.Single(nodes.Sms.Letters, l => l.To == "0914000888");
    }

    [SkippableFact]
    public async Task ATimerDueOnce_FiresOnce_WhenBothNodesLookForDueTimers()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var library = nodes.First.Services.GetRequiredService<IDefinitionLibrary>();
        var draft = await library.ImportAsync(WaitDefinition, "test");
        Assert.True(draft.IsValid, string.Join("; ", draft.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
        var published = await library.PublishAsync("two.nodes.wait", draft.Draft.Revision, "test");
        await nodes.First.Services.GetRequiredService<ProcessEngine>().StartAsync("two.nodes.wait", published.Version, new JsonObject(), "Wait", "test");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var fired = await Task.WhenAll(
            nodes.First.Services.GetRequiredService<ProcessEngine>().FireDueTimersAsync(),
            nodes.Second.Services.GetRequiredService<ProcessEngine>().FireDueTimersAsync());

        Assert.Equal(1, fired.Sum());
    }

    [SkippableFact]
    public async Task CompletingOneStepFromBothNodes_GivesOneWinner_AndOneCodedConflict()
    {
        await using var nodes = await TwoNodes.StartAsync();
        using var first = await ApiSignIn.AsRoleAsync(nodes.First, Roles.CouncilOffice);
        using var second = await ApiSignIn.AsRoleAsync(nodes.Second, Roles.CouncilOffice);
        using var started = await first.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new
        {
            definitionId = "hdnd.standard",
            title = "Two nodes",
            summary = "Phí gửi xe tại các bệnh viện công",
            province = "Hà Giang",
            variables = new { year = 2026 },
        });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        using var detail = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        var id = detail.RootElement.GetProperty("instance").GetProperty("id").GetGuid();
        var path = new Uri($"api/instances/{id}/steps/collect-issues-activity-plan/complete", UriKind.Relative);
        var body = new { fields = new { candidates = new[] { new { title = "Phí gửi xe", description = "Phí gửi xe tại bệnh viện", source = "activity-plan" } } } };

        var answers = await Task.WhenAll(first.PostAsJsonAsync(path, body), second.PostAsJsonAsync(path, body));

        try
        {
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            var loser = Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK);
            Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
            using var problem = JsonDocument.Parse(await loser.Content.ReadAsStringAsync());
            Assert.Contains(problem.RootElement.GetProperty("code").GetString(), ConflictCodes);
        }
        finally
        {
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }

    private const string WaitDefinition = """
        {
          "schemaVersion": 1,
          "id": "two.nodes.wait",
          "version": 1,
          "title": { "vi": "Chờ một giây", "en": "Wait a second" },
          "roles": [ { "id": "council-office", "title": { "vi": "Văn phòng HĐND", "en": "People's Council Office" } } ],
          "phases": [
            {
              "id": "wait",
              "title": { "vi": "Chờ", "en": "Wait" },
              "steps": [
                { "id": "pause", "type": "wait", "title": { "vi": "Chờ", "en": "Pause" }, "config": { "for": "PT1S" } },
                { "id": "decide", "type": "task", "title": { "vi": "Kết luận", "en": "Decide" }, "role": "council-office" }
              ]
            }
          ]
        }
        """;
}

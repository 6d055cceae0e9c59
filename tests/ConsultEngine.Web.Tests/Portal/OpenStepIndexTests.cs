using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>
/// The public write routes answer from an index of open steps and cached tool state (the resolved step,
/// its lifecycle, the survey's questionnaire); each test first warms them with accepted or refused
/// requests, then changes the consultation as staff would, and the very next request sees the change.
/// </summary>
public sealed class OpenStepIndexTests
{
    private static readonly object Answers = new { collected = "yes", frequency = 2, satisfaction = "3" };

    [Fact]
    public async Task AStepClosedByStaff_RefusesTheVeryNextSubmission_404_CE9950()
    {
        await using var host = await TestWebHost.StartAsync();
        var id = await PortalSeed.OpenConsultationAsync(host.Services);
        using var client = host.CreateClient();
        await AcceptedAsync(client, id);
        await AcceptedAsync(client, id);

        await host.Services.GetRequiredService<IToolSteps>().CloseAsync(id, PortalSeed.SurveyStep, PortalSeed.Actor);

        using var after = await SubmitAsync(client, id, Answers);
        await ProblemJson.AssertAsync(after, HttpStatusCode.NotFound, "CE9950");
    }

    [Fact]
    public async Task ASuspendedConsultation_RefusesAtOnce_AndTakesSubmissionsAgainOnceResumed()
    {
        await using var host = await TestWebHost.StartAsync();
        var id = await PortalSeed.OpenConsultationAsync(host.Services);
        var engine = host.Services.GetRequiredService<ProcessEngine>();
        using var client = host.CreateClient();
        await AcceptedAsync(client, id);

        await engine.SuspendAsync(id, PortalSeed.Actor);
        using (var suspended = await SubmitAsync(client, id, Answers))
        {
            await ProblemJson.AssertAsync(suspended, HttpStatusCode.NotFound, "CE9950");
        }

        await engine.ResumeAsync(id, PortalSeed.Actor);
        await AcceptedAsync(client, id);
    }

    [Fact]
    public async Task ANewQuestionnaire_IsTheOneTheNextSubmissionIsCheckedAgainst()
    {
        await using var host = await TestWebHost.StartAsync();
        var id = await PortalSeed.OpenConsultationAsync(host.Services);
        using var client = host.CreateClient();
        // Refused submissions warm every cache without a live response (which would lock the questionnaire).
        using (var refused = await SubmitAsync(client, id, new { collected = "yes" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        }

        var questionnaire = new
        {
            title = new { vi = "Khảo sát mới", en = "New survey" },
            languages = new[] { "vi", "en" },
            questions = new object[]
            {
                new { id = "collected", type = "single-choice", required = true, label = new { vi = "Có thu gom không?", en = "Collected?" }, options = new[] { new { value = "yes", label = new { vi = "Có", en = "Yes" } }, new { value = "no", label = new { vi = "Không", en = "No" } } } },
                new { id = "ward", type = "text", required = true, label = new { vi = "Phường, xã", en = "Ward or commune" } },
            },
        };
        await host.Services.GetRequiredService<IToolSteps>().ExecuteAsync(id, PortalSeed.SurveyStep, "set-questionnaire", JsonSerializer.SerializeToElement(questionnaire), ToolCaller.Staff(PortalSeed.Actor));

        using (var old = await SubmitAsync(client, id, new { collected = "yes" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, old.StatusCode);
            using var json = JsonDocument.Parse(await old.Content.ReadAsStringAsync());
            var pointers = json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("pointer").GetString()).ToList();
            Assert.Contains("/answers/ward", pointers);
            Assert.DoesNotContain("/answers/satisfaction", pointers);
        }

        using var accepted = await SubmitAsync(client, id, new { collected = "yes", ward = "Phường Trường Vinh" });
        Assert.True(accepted.StatusCode == HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
    }

    private static async Task AcceptedAsync(HttpClient client, Guid id)
    {
        using var response = await SubmitAsync(client, id, Answers);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid id, object answers) =>
        client.PostAsJsonAsync($"/api/consultations/{id}/steps/{PortalSeed.SurveyStep}/submissions", new
        {
            answers,
            consent = new { privacy = true, sensitive = false },
        });
}

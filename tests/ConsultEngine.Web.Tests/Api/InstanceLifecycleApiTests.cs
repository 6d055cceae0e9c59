using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>Suspending, resuming and cancelling consultations over the API: the status, the journal, and what is refused meanwhile.</summary>
[Collection(WebHostGroup.Name)]
public sealed class InstanceLifecycleApiTests(WebHostFixture fixture)
{
    private const string HumanStep = "collect-issues-activity-plan";

    [Fact]
    public async Task Suspend_StopsTasksFromCompletingWithCE8005_AndResumeLetsThemComplete_BothJournaled()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Suspend test"));
        using var client = await fixture.ClientAsync(Roles.CouncilOffice);

        using (var suspended = await client.PostAsync(new Uri($"api/instances/{id}/suspend", UriKind.Relative), null))
        {
            var body = await suspended.Content.ReadAsStringAsync();
            Assert.True(suspended.StatusCode == HttpStatusCode.OK, body);
            Assert.Equal("Suspended", JsonDocument.Parse(body).RootElement.GetProperty("instance").GetProperty("status").GetString());
        }

        using (var refused = await client.PostAsJsonAsync(new Uri($"api/instances/{id}/steps/{HumanStep}/complete", UriKind.Relative), CandidateFields()))
        {
            await ProblemJson.AssertAsync(refused, HttpStatusCode.Conflict, "CE8005");
        }

        using (var resumed = await client.PostAsync(new Uri($"api/instances/{id}/resume", UriKind.Relative), null))
        {
            var body = await resumed.Content.ReadAsStringAsync();
            Assert.True(resumed.StatusCode == HttpStatusCode.OK, body);
            Assert.Equal("Running", JsonDocument.Parse(body).RootElement.GetProperty("instance").GetProperty("status").GetString());
        }

        using (var completed = await client.PostAsJsonAsync(new Uri($"api/instances/{id}/steps/{HumanStep}/complete", UriKind.Relative), CandidateFields()))
        {
            Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        }

        var events = await EventsAsync(client, id);
        var suspendedAt = events.FindIndex(e => e.Event == "instance-suspended" && e.Actor == "test-counciloffice");
        var resumedAt = events.FindIndex(e => e.Event == "instance-resumed" && e.Actor == "test-counciloffice");
        Assert.True(suspendedAt >= 0 && resumedAt > suspendedAt, string.Join(", ", events.Select(e => e.Event)));
    }

    [Fact]
    public async Task SuspendTwice_AndResumeARunningConsultation_Are409WithCE8005()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Suspend twice test"));
        using var client = await fixture.ClientAsync(Roles.StandingCommittee);

        using (var resumeRunning = await client.PostAsync(new Uri($"api/instances/{id}/resume", UriKind.Relative), null))
        {
            await ProblemJson.AssertAsync(resumeRunning, HttpStatusCode.Conflict, "CE8005");
        }

        using (var first = await client.PostAsync(new Uri($"api/instances/{id}/suspend", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await client.PostAsync(new Uri($"api/instances/{id}/suspend", UriKind.Relative), null);
        await ProblemJson.AssertAsync(second, HttpStatusCode.Conflict, "CE8005");
    }

    [Fact]
    public async Task Cancel_CancelsEveryOpenStep_JournalsTheReason_AndASecondCancelIs409()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Cancel test"));
        using var client = await fixture.ClientAsync(Roles.Administrator);

        using (var cancelled = await client.PostAsJsonAsync(new Uri($"api/instances/{id}/cancel", UriKind.Relative), new { reason = "Vấn đề đã được giải quyết" }))
        {
            var body = await cancelled.Content.ReadAsStringAsync();
            Assert.True(cancelled.StatusCode == HttpStatusCode.OK, body);
            using var detail = JsonDocument.Parse(body);
            Assert.Equal("Cancelled", detail.RootElement.GetProperty("instance").GetProperty("status").GetString());
            Assert.Equal("Cancelled", Consultation.Step(detail.RootElement, HumanStep).GetProperty("status").GetString());
        }

        var events = await EventsAsync(client, id);
        var entry = Assert.Single(events, e => e.Event == "instance-cancelled");
        Assert.Equal("Vấn đề đã được giải quyết", entry.Data?.GetProperty("reason").GetString());
        Assert.Contains(events, e => e.Event == "step-cancelled" && e.StepId == HumanStep);

        using var again = await client.PostAsync(new Uri($"api/instances/{id}/cancel", UriKind.Relative), null);
        await ProblemJson.AssertAsync(again, HttpStatusCode.Conflict, "CE8005");
    }

    [Fact]
    public async Task Suspend_ByTheWorkingGroup_Is403_AndChangesNothing()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Suspend refused test"));
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using var refused = await group.PostAsync(new Uri($"api/instances/{id}/suspend", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var detail = JsonDocument.Parse(await group.GetStringAsync(new Uri($"api/instances/{id}", UriKind.Relative)));
        Assert.Equal("Running", detail.RootElement.GetProperty("instance").GetProperty("status").GetString());
    }

    private static object CandidateFields() =>
        new { fields = new { candidates = new[] { new { title = "Phí gửi xe", description = "Phí gửi xe tại bệnh viện", source = "activity-plan" } } } };

    private sealed record JournalLine(string? Event, string? Actor, string? StepId, JsonElement? Data);

    private static async Task<List<JournalLine>> EventsAsync(HttpClient client, Guid id)
    {
        using var journal = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/instances/{id}/journal", UriKind.Relative)));
        return [.. journal.RootElement.EnumerateArray().Select(e => new JournalLine(
            e.GetProperty("event").GetString(),
            e.TryGetProperty("actor", out var actor) && actor.ValueKind == JsonValueKind.String ? actor.GetString() : null,
            e.TryGetProperty("stepId", out var step) && step.ValueKind == JsonValueKind.String ? step.GetString() : null,
            e.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data.Clone() : null))];
    }
}

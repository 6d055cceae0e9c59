using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Runtime;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>
/// Feedback reaches people: a citizen asks at submission to be told the outcome (over HTTP, on a
/// consultation of <c>hdnd.standard@2</c> in a real SQLite file); feedback to voters cannot finish
/// while the explanation register is incomplete (CE8734); once it is, every request becomes exactly one
/// outbox message with the results page, and the contacts are deleted with only their count kept.
/// </summary>
public sealed class FeedbackToVotersTests
{
    private const string Title = "Giá dịch vụ thu gom rác 2026";

    [Fact]
    public async Task EveryRequest_IsOneOutboxMessage_AfterTheRegisterIsComplete_AndTheContactsAreDeleted()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var services = host.Services;
        var engine = services.GetRequiredService<ProcessEngine>();
        var feedback = services.GetRequiredService<IFeedbackSubscriptions>();
        var scenario = JsonNode.Parse(await File.ReadAllTextAsync(PublicationSeed.ScenarioPath))!.AsObject();
        var instance = await engine.StartAsync("hdnd.standard", 2, scenario["start"]!["variables"]!.DeepClone().AsObject(), Title, PortalSeed.Actor);
        var id = instance.Id;
        var refused = false;
        var tokens = new List<string>();
        foreach (var action in scenario["actions"]!.AsArray().Select(a => a!.AsObject()).Where(a => !a.ContainsKey("expectError")))
        {
            var actor = action["actor"]?.GetValue<string>() ?? PortalSeed.Actor;
            var outcome = action["outcome"]?.GetValue<string>();
            if (action["tool"]?.GetValue<string>() is { } tool)
            {
                if (tokens.Count == 0 && tool is PortalSeed.SurveyStep or PortalSeed.PollStep or PortalSeed.HearingStep)
                {
                    await PortalSeed.SetUpToolsAsync(services.GetRequiredService<IToolSteps>(), id, DateTimeOffset.UtcNow);
                    tokens.Add(await SubmitAsync(client, id, new { channel = "email", contact = "Cu.Tri@Example.vn" }, "yes"));
                    tokens.Add(await SubmitAsync(client, id, new { channel = "phone", contact = "+84 912 345 678", language = "en" }, "yes"));
                    await SubmitAsync(client, id, null, "no");
                }

                await services.GetRequiredService<IToolSteps>().CloseAsync(id, tool, actor, outcome);
                continue;
            }

            if (action["complete"]?.GetValue<string>() is not { } step)
            {
                continue;
            }

            var completion = new StepCompletion(actor, outcome, action["output"]?.DeepClone());
            try
            {
                await engine.CompleteStepAsync(id, step, completion);
            }
            catch (FeedbackException error) when (!refused)
            {
                // The last step before feedback to voters: refused while one opinion has no disposition, nothing written.
                Assert.Equal(FeedbackCodes.RegisterIncomplete, error.Code);
                Assert.Equal("prepare-voter-feedback", step);
                Assert.Empty(await FeedbackMessagesAsync(services, id));
                Assert.Equal(2, await feedback.WaitingAsync(id));
                refused = true;
                await DispositionEveryOpinionAsync(services, id);
                await engine.CompleteStepAsync(id, step, completion);

                // Completing the step again is refused by the engine: the messages are queued once.
                var retry = await Assert.ThrowsAsync<InstanceCommandException>(() => engine.CompleteStepAsync(id, step, completion));
                Assert.Equal(RuntimeCodes.StepNotWaiting, retry.Code);
            }
        }

        Assert.True(refused);
        var messages = await FeedbackMessagesAsync(services, id);
        Assert.Equal(2, messages.Count);
        var byChannel = messages.ToDictionary(m => JsonDocument.Parse(m.PayloadJson).RootElement.GetProperty("channel").GetString()!, m => JsonDocument.Parse(m.PayloadJson).RootElement);
        Assert.Equal("cu.tri@example.vn", byChannel["email"].GetProperty("address").GetString());
        Assert.Equal("0912345678", byChannel["phone"].GetProperty("address").GetString());
        Assert.EndsWith($"/consultations/{id}/results", byChannel["email"].GetProperty("resultsUrl").GetString(), StringComparison.Ordinal);
        Assert.Contains(Title, byChannel["email"].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", byChannel["phone"].GetProperty("language").GetString());
        Assert.All(messages, m => Assert.Equal("feedback-to-voters", m.StepId));

        // The contacts are gone, their count is kept, and a withdrawal now finds nothing.
        Assert.Equal(0, await feedback.WaitingAsync(id));
        var delivery = Assert.Single(await feedback.DeliveriesAsync(id));
        Assert.Equal((1, 1), (delivery.Emails, delivery.Phones));
        using var gone = await client.DeleteAsync(new Uri($"/api/feedback/subscriptions/{tokens[0]}", UriKind.Relative));
        await ProblemJson.AssertAsync(gone, HttpStatusCode.NotFound, FeedbackCodes.SubscriptionNotFound);
        var journal = await engine.Store.ReadJournalAsync(id);
        Assert.Single(journal, e => e.Event == "feedback-queued");
    }

    [Fact]
    public async Task ARequestToBeTold_IsRefusedWithItsCode_AndTheSubmissionIsNotStored()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await OpenSurveyAsync(host.Services);

        using var badEmail = await PostAsync(client, id, new { channel = "email", contact = "not-an-address" });
        await ProblemJson.AssertAsync(badEmail, HttpStatusCode.UnprocessableEntity, FeedbackCodes.EmailInvalid);
        using (var json = JsonDocument.Parse(await badEmail.Content.ReadAsStringAsync()))
        {
            Assert.Equal("/notify/contact", json.RootElement.GetProperty("problems")[0].GetProperty("pointer").GetString());
        }

        using var badPhone = await PostAsync(client, id, new { channel = "phone", contact = "0123" });
        await ProblemJson.AssertAsync(badPhone, HttpStatusCode.UnprocessableEntity, FeedbackCodes.PhoneInvalid);
        using var badChannel = await PostAsync(client, id, new { channel = "fax", contact = "0912345678" });
        await ProblemJson.AssertAsync(badChannel, HttpStatusCode.UnprocessableEntity, FeedbackCodes.ChannelInvalid);
        using var badLanguage = await PostAsync(client, id, new { channel = "phone", contact = "0912345678", language = "fr" });
        await ProblemJson.AssertAsync(badLanguage, HttpStatusCode.UnprocessableEntity, FeedbackCodes.LanguageInvalid);

        var inputs = host.Services.GetRequiredService<Runtime.Tools.IToolDataStore>().Inputs(id, PortalSeed.SurveyStep);
        Assert.Equal(0, await inputs.CountAsync(ConsultEngine.Abstractions.InputQuery.All));
        Assert.Equal(0, await host.Services.GetRequiredService<IFeedbackSubscriptions>().WaitingAsync(id));
    }

    [Fact]
    public async Task ARequestIsStoredApartFromTheInput_AndWithdrawnByItsToken()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await OpenSurveyAsync(host.Services);
        var feedback = host.Services.GetRequiredService<IFeedbackSubscriptions>();

        var token = await SubmitAsync(client, id, new { channel = "email", contact = "a@b.vn" }, "yes");

        Assert.Equal(1, await feedback.WaitingAsync(id));
        using var withdrawn = await client.DeleteAsync(new Uri($"/api/feedback/subscriptions/{token}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(0, await feedback.WaitingAsync(id));
        using var again = await client.DeleteAsync(new Uri($"/api/feedback/subscriptions/{token}", UriKind.Relative));
        await ProblemJson.AssertAsync(again, HttpStatusCode.NotFound, FeedbackCodes.SubscriptionNotFound);
    }

    [Fact]
    public async Task AConsultationWhoseDefinitionTellsNoOne_TakesNoContact()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await PortalSeed.OpenConsultationAsync(host.Services);

        using var response = await PostAsync(client, id, new { channel = "email", contact = "a@b.vn" });

        await ProblemJson.AssertAsync(response, HttpStatusCode.Conflict, FeedbackCodes.NotOffered);
    }

    /// <summary>A v2 consultation replayed until its survey takes the public's answers.</summary>
    private static async Task<Guid> OpenSurveyAsync(IServiceProvider services)
    {
        var engine = services.GetRequiredService<ProcessEngine>();
        var scenario = JsonNode.Parse(await File.ReadAllTextAsync(PublicationSeed.ScenarioPath))!.AsObject();
        var instance = await engine.StartAsync("hdnd.standard", 2, scenario["start"]!["variables"]!.DeepClone().AsObject(), Title, PortalSeed.Actor);
        foreach (var action in scenario["actions"]!.AsArray().Select(a => a!.AsObject()).Where(a => !a.ContainsKey("expectError")))
        {
            if (action["tool"]?.GetValue<string>() is { } tool)
            {
                if (tool is PortalSeed.SurveyStep or PortalSeed.PollStep or PortalSeed.HearingStep)
                {
                    await PortalSeed.SetUpToolsAsync(services.GetRequiredService<IToolSteps>(), instance.Id, DateTimeOffset.UtcNow);
                    return instance.Id;
                }

                await services.GetRequiredService<IToolSteps>().CloseAsync(instance.Id, tool, action["actor"]?.GetValue<string>() ?? PortalSeed.Actor, action["outcome"]?.GetValue<string>());
                continue;
            }

            if (action["complete"]?.GetValue<string>() is not { } step)
            {
                continue;
            }

            await engine.CompleteStepAsync(instance.Id, step,
                new StepCompletion(action["actor"]?.GetValue<string>() ?? PortalSeed.Actor, action["outcome"]?.GetValue<string>(), action["output"]?.DeepClone()));
        }

        throw new InvalidOperationException("The scenario never reaches its tools.");
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, object notify) =>
        client.PostAsJsonAsync($"/api/consultations/{id}/steps/{PortalSeed.SurveyStep}/submissions", new
        {
            answers = new { collected = "yes", frequency = 2, satisfaction = "3" },
            notify,
            consent = new { privacy = true },
        });

    /// <summary>Submits one survey response (with a free-text opinion when not collected); returns the receipt's withdrawal token.</summary>
    private static async Task<string> SubmitAsync(HttpClient client, Guid id, object? notify, string collected)
    {
        var answers = collected == "yes"
            ? new Dictionary<string, object> { ["collected"] = collected, ["frequency"] = 2, ["satisfaction"] = "3" }
            : new Dictionary<string, object> { ["collected"] = collected, ["why-not"] = "Xe thu gom không vào được ngõ nhỏ, đề nghị bố trí xe nhỏ.", ["satisfaction"] = "2" };
        using var response = await client.PostAsJsonAsync($"/api/consultations/{id}/steps/{PortalSeed.SurveyStep}/submissions", new { answers, notify, consent = new { privacy = true } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("notifyToken", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString()! : string.Empty;
    }

    private static async Task DispositionEveryOpinionAsync(IServiceProvider services, Guid id)
    {
        var registers = services.GetRequiredService<IConsultationRegisters>();
        var open = (await registers.EntriesAsync(id)).Where(e => e.Disposition is null).Select(e => e.Opinion.Id).ToList();
        Assert.NotEmpty(open);
        await registers.RecordDispositionAsync(id, new DispositionRequest(open, new DispositionEntry(DispositionKind.TakenUp, "Đã tiếp thu.")), "working-group");
    }

    private static async Task<IReadOnlyList<Runtime.State.OutboxMessage>> FeedbackMessagesAsync(IServiceProvider services, Guid id) =>
        [.. (await services.GetRequiredService<ProcessEngine>().Store.FindUndispatchedAsync(10_000)).Where(m => m.InstanceId == id && m.Kind == FeedbackMessage.Kind)];
}

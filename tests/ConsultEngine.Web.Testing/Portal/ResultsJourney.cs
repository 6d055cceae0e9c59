using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Testing.Portal;

/// <summary>
/// A consultation of <c>hdnd.standard@2</c> taken to its results as people would take it, one stage at
/// a time, so that tests can look at the public site between stages: <see cref="StartAsync"/> replays
/// the version 2 main scenario until the public tools open, sets them up and gives them the inputs of
/// <see cref="ResultsJourneyInputs"/> (with named citizens); <see cref="ToApprovalAsync"/> closes the
/// tools, records the registers (dispositions, recommendations, the executive's responses, decisions
/// with different statuses) and stops where the Standing Committee's approval of publication waits.
/// The approval itself is the test's to give (the console in a browser, or <see cref="PublicationSeed.ApproveAsync"/>).
/// </summary>
public sealed class ResultsJourney
{
    private readonly IServiceProvider _services;
    private readonly Queue<JsonObject> _remaining;

    private ResultsJourney(IServiceProvider services, Guid instanceId, Queue<JsonObject> remaining)
    {
        _services = services;
        InstanceId = instanceId;
        _remaining = remaining;
    }

    public Guid InstanceId { get; }

    /// <summary>Starts the consultation and stops with its survey, poll and hearing collecting the seeded inputs.</summary>
    public static async Task<ResultsJourney> StartAsync(IServiceProvider services, string title)
    {
        ArgumentNullException.ThrowIfNull(services);
        var engine = services.GetRequiredService<ProcessEngine>();
        var tools = services.GetRequiredService<IToolSteps>();
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var scenario = JsonNode.Parse(await File.ReadAllTextAsync(PublicationSeed.ScenarioPath).ConfigureAwait(false))!.AsObject();
        var variables = scenario["start"]!["variables"]!.DeepClone().AsObject();
        var instance = await engine.StartAsync("hdnd.standard", 2, variables, title, PortalSeed.Actor).ConfigureAwait(false);
        var remaining = new Queue<JsonObject>(scenario["actions"]!.AsArray()
            .Select(a => a!.AsObject())
            .Where(a => !a.ContainsKey("expectError") && (a.ContainsKey("complete") || a.ContainsKey("tool"))));
        var journey = new ResultsJourney(services, instance.Id, remaining);
        while (remaining.TryPeek(out var next) && !IsPublicTool(next))
        {
            await journey.PlayAsync(remaining.Dequeue()).ConfigureAwait(false);
        }

        await PortalSeed.SetUpToolsAsync(tools, instance.Id, clock.GetUtcNow()).ConfigureAwait(false);
        await ResultsJourneyInputs.SubmitAsync(tools, instance.Id).ConfigureAwait(false);
        return journey;
    }

    /// <summary>Closes the tools, completes the analysis and feedback steps, records the registers, and stops before the approval of publication.</summary>
    public async Task ToApprovalAsync()
    {
        while (_remaining.TryPeek(out var next) && !IsApproval(next))
        {
            await PlayAsync(_remaining.Dequeue()).ConfigureAwait(false);
        }

        await ResultsJourneyInputs.RecordRegistersAsync(_services, InstanceId).ConfigureAwait(false);
    }

    private static bool IsPublicTool(JsonObject action) =>
        action["tool"]?.GetValue<string>() is PortalSeed.SurveyStep or PortalSeed.PollStep or PortalSeed.HearingStep;

    private static bool IsApproval(JsonObject action) =>
        action["complete"]?.GetValue<string>() == PublicationSeed.ApprovalStep && action["outcome"]?.GetValue<string>() == "approve";

    private async Task PlayAsync(JsonObject action)
    {
        var actor = action["actor"]?.GetValue<string>() ?? PortalSeed.Actor;
        var outcome = action["outcome"]?.GetValue<string>();
        if (action["tool"]?.GetValue<string>() is { } tool)
        {
            await _services.GetRequiredService<IToolSteps>().CloseAsync(InstanceId, tool, actor, outcome).ConfigureAwait(false);
        }
        else if (action["complete"]?.GetValue<string>() is { } step)
        {
            await _services.GetRequiredService<ProcessEngine>()
                .CompleteStepAsync(InstanceId, step, new StepCompletion(actor, outcome, action["output"]?.DeepClone()))
                .ConfigureAwait(false);
        }
    }
}

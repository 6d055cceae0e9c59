using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Testing.Portal;

/// <summary>
/// Brings a consultation of <c>hdnd.standard@2</c> to the Standing Committee's approval of
/// publication: the version 2 main scenario is replayed through the engine, its public tools are set
/// up as staff would (<see cref="PortalSeed.SetUpToolsAsync"/>) and take a few survey responses, and
/// the replay stops before the approval that publishes the results (<see cref="ApproveAsync"/> gives it).
/// </summary>
public static class PublicationSeed
{
    public const string ApprovalStep = "approve-publication";

    /// <summary>The survey responses the seed submits.</summary>
    public const int SurveyResponses = 4;

    public static string ScenarioPath => Path.Combine(RepositoryPaths.Root, "tests", "ConsultEngine.Testing.Tests", "Scenarios", "hdnd.standard.v2.main.json");

    /// <summary>A consultation whose results wait only on the approval of publication; returns the instance id.</summary>
    public static async Task<Guid> AwaitingApprovalAsync(IServiceProvider services, string title)
    {
        var engine = services.GetRequiredService<ProcessEngine>();
        var tools = services.GetRequiredService<IToolSteps>();
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var scenario = JsonNode.Parse(await File.ReadAllTextAsync(ScenarioPath).ConfigureAwait(false))!.AsObject();
        var start = scenario["start"]!.AsObject();
        var instance = await engine.StartAsync("hdnd.standard", 2, start["variables"]!.DeepClone().AsObject(), title, PortalSeed.Actor).ConfigureAwait(false);
        var toolsReady = false;
        foreach (var action in scenario["actions"]!.AsArray().Select(a => a!.AsObject()))
        {
            if (action.ContainsKey("expectError"))
            {
                continue;
            }

            var actor = action["actor"]?.GetValue<string>() ?? PortalSeed.Actor;
            var outcome = action["outcome"]?.GetValue<string>();
            if (action["tool"]?.GetValue<string>() is { } tool)
            {
                if (!toolsReady && tool is PortalSeed.SurveyStep or PortalSeed.PollStep or PortalSeed.HearingStep)
                {
                    await PortalSeed.SetUpToolsAsync(tools, instance.Id, clock.GetUtcNow()).ConfigureAwait(false);
                    await SubmitSurveyAsync(tools, instance.Id).ConfigureAwait(false);
                    toolsReady = true;
                }

                await tools.CloseAsync(instance.Id, tool, actor, outcome).ConfigureAwait(false);
            }
            else if (action["complete"]?.GetValue<string>() is { } step)
            {
                if (step == ApprovalStep && outcome == "approve")
                {
                    break;
                }

                await engine.CompleteStepAsync(instance.Id, step, new StepCompletion(actor, outcome, action["output"]?.DeepClone())).ConfigureAwait(false);
            }
        }

        return instance.Id;
    }

    /// <summary>The Standing Committee approves publication with the scenario's own record of the approval.</summary>
    public static async Task ApproveAsync(IServiceProvider services, Guid instanceId)
    {
        var scenario = JsonNode.Parse(await File.ReadAllTextAsync(ScenarioPath).ConfigureAwait(false))!.AsObject();
        var approval = scenario["actions"]!.AsArray().Select(a => a!.AsObject())
            .Last(a => a["complete"]?.GetValue<string>() == ApprovalStep && a["outcome"]?.GetValue<string>() == "approve" && !a.ContainsKey("expectError"));
        await services.GetRequiredService<ProcessEngine>()
            .CompleteStepAsync(instanceId, ApprovalStep, new StepCompletion(approval["actor"]!.GetValue<string>(), "approve", approval["output"]?.DeepClone()))
            .ConfigureAwait(false);
    }

    private static async Task SubmitSurveyAsync(IToolSteps tools, Guid instanceId)
    {
        var staff = ToolCaller.Staff(PortalSeed.Actor);
        for (var i = 0; i < SurveyResponses; i++)
        {
            var answers = JsonSerializer.SerializeToElement(new { collected = "yes", frequency = 2 + (i % 3), satisfaction = i % 2 == 0 ? "4" : "2" });
            await tools.SubmitAsync(instanceId, PortalSeed.SurveyStep, new Submission { Channel = InputChannel.Enumerator, Answers = answers, Collector = PortalSeed.Actor }, staff).ConfigureAwait(false);
        }
    }
}

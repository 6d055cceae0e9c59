using System.Runtime.CompilerServices;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Tools.Tests;

/// <summary>The definitions and scenarios beside these tests, the repository's definitions, and a host running <c>test.tools@1</c>.</summary>
internal static class ToolFixtures
{
    public static string Here { get; } = Folder();

    /// <summary><c>test.tools@1</c>: a task, a focus group whose results a later guard reads, and a poll no test loads a tool for.</summary>
    public static string TestDefinitions => Path.Combine(Here, "Definitions");

    public static string RepositoryDefinitions => Path.GetFullPath(Path.Combine(Here, "..", "..", "definitions"));

    public static string Scenario(string name) => Path.Combine(Here, "Scenarios", name + ".json");

    public static Task<ToolConsultationHost> HostAsync(IConsultationTool tool) => ToolConsultationHost.StartAsync(TestDefinitions, [tool]);

    /// <summary>Starts <c>test.tools@1</c> and completes its first task: the focus group <c>listen</c> waits.</summary>
    public static async Task<Guid> StartAtListenAsync(ToolConsultationHost host)
    {
        var instance = await host.Engine.StartAsync("test.tools", 1, startedBy: "tester");
        await host.Engine.CompleteStepAsync(instance.Id, "prepare", new Runtime.StepCompletion("lan"));
        return instance.Id;
    }

    public static Submission Stance(string stance, string? phone = null, InputChannel channel = InputChannel.Web) => new()
    {
        Channel = channel,
        Answers = Payload($$"""{ "stance": "{{stance}}" }"""),
        Identifier = phone,
    };

    public static JsonElement Payload(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string Folder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}

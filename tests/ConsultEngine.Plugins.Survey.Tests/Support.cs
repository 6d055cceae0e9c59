using System.Runtime.CompilerServices;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Survey.Tests;

/// <summary>Benches, fixtures and submissions shared by the survey's tests.</summary>
internal static class Support
{
    public static string Directory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(Directory(), "Fixtures", name));

    public static string BusFares => Fixture("bus-fares.questionnaire.json");

    /// <summary>A survey whose input ids count up from ...0001, so results are reproducible.</summary>
    public static SurveyTool Tool()
    {
        var next = 0;
        return new SurveyTool(() => new Guid($"00000000-0000-4000-8000-{Interlocked.Increment(ref next):D12}"));
    }

    /// <summary>A bench with <paramref name="configJson"/>, opened, with the bus-fares questionnaire set (unless the config has questions).</summary>
    public static async Task<ToolTestBench> BenchAsync(string configJson = "{}", bool setQuestionnaire = true)
    {
        var bench = new ToolTestBench(Tool(), configJson);
        await bench.OpenAsync();
        if (setQuestionnaire)
        {
            await bench.ExecuteAsync("set-questionnaire", BusFares);
        }

        return bench;
    }

    public static Task<BenchSubmission> SubmitAsync(this ToolTestBench bench, string answersJson, InputChannel channel = InputChannel.Web, RespondentAttributes? respondent = null, string? actor = null, string? identifier = null) =>
        bench.SubmitAsync(
            new Submission { Channel = channel, Answers = ToolTestBench.Parse(answersJson), Respondent = respondent ?? RespondentAttributes.None, Identifier = identifier },
            actor);

    /// <summary>The least a bus-fares response needs: the required questions of a non-rider.</summary>
    public const string Minimal = """{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "4" }""";

    public static string With(string json, string property, string valueJson)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node[property] = System.Text.Json.Nodes.JsonNode.Parse(valueJson);
        return node.ToJsonString();
    }

    public static async Task<ToolException> Refused(Func<Task> action) => await Assert.ThrowsAsync<ToolException>(action);

    public static JsonElement Stored(this BenchSubmission submission) => submission.Result.Inputs.Single().Answers!.Value;
}

using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Benchmarks.Analysis;

/// <summary>The standard tool plugins as the host loads them (from the benchmark's plugins folder), and contexts for their steps on a SQLite store.</summary>
internal static class AnalysisTools
{
    public static readonly Guid Instance = new("a1a1a5e5-0000-4000-8000-000000000001");

    public static IConsultationTool Load(string plugin)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "plugins", plugin, plugin + ".dll");
        var assembly = Assembly.LoadFrom(path);
        var type = assembly.GetExportedTypes().Single(t => typeof(IConsultationTool).IsAssignableFrom(t) && !t.IsAbstract);
        return (IConsultationTool)Activator.CreateInstance(type)!;
    }

    /// <summary>A context for a step of the bench's consultation, its stores on <paramref name="store"/>; <paramref name="actor"/> null is the public.</summary>
    public static ToolContext Context(ToolTestBench bench, SqliteToolDataStore store, string stepId, string? actor)
    {
        var template = bench.Context(actor);
        return new ToolContext
        {
            InstanceId = Instance,
            StepId = stepId,
            DefinitionId = template.DefinitionId,
            DefinitionVersion = template.DefinitionVersion,
            Config = template.Config,
            Variables = template.Variables,
            Actor = actor,
            Inputs = store.Inputs(Instance, stepId),
            Records = store.Records(Instance, stepId),
            Scripts = template.Scripts,
            Identifiers = template.Identifiers,
            Clock = template.Clock,
        };
    }

    /// <summary>Appends <paramref name="count"/> inputs made by <paramref name="make"/> through the group-commit writer from 64 concurrent writers; the seconds it took.</summary>
    public static async Task<double> AppendAsync(IToolInputs inputs, int count, Func<int, ConsultationInput> make)
    {
        var next = -1;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                await inputs.AppendAsync(make(n)).ConfigureAwait(false);
            }
        }))).ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }

    public static JsonElement Json(string text) => JsonElement.Parse(text);

    public static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

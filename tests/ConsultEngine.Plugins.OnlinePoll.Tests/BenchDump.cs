using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

/// <summary>The harness's helpers as these tests use them.</summary>
internal static class BenchDump
{
    /// <summary>Every input and record the bench's store holds, of every step, as JSON (never empty here).</summary>
    public static string Everything(ToolTestBench bench)
    {
        Assert.NotEmpty(bench.Store.AllInputs().Concat<object>(bench.Store.AllRecords()));
        return bench.StoredJson();
    }

    /// <summary>The analysis as indented JSON, each GUID replaced by its order of appearance (ids are random, order is not).</summary>
    public static string Scrubbed(ToolAnalysis analysis) => ToolTestBench.ToScrubbedJson(analysis);

    /// <summary>The config objects of every step of <paramref name="stepType"/> in the repository's definitions, and of the overlay patches that change them.</summary>
    public static IReadOnlyList<(string File, JsonElement Config)> RepositoryConfigs(string stepType) =>
        DefinitionConfigs.Of(stepType, DefinitionConfigs.RepositoryFolder(AppContext.BaseDirectory));
}

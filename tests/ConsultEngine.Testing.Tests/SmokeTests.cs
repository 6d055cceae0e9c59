using System.Runtime.CompilerServices;
using ConsultEngine.Definitions.Overlays;

namespace ConsultEngine.Testing.Tests;

public sealed class SmokeTests
{
    private static string Definitions([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "definitions"));

    [Fact]
    public async Task StandardDefinition_Starts_AndWaitsOnTheFirstHumanSteps()
    {
        var definition = DefinitionCatalog.LoadDirectory(Definitions()).Find("hdnd.standard", 1)!;
        var simulator = new ConsultationSimulator(definition);

        await simulator.StartAsync(new System.Text.Json.Nodes.JsonObject { ["province"] = "Đà Nẵng", ["year"] = 2026 });

        Assert.NotEmpty(await simulator.WaitingStepsAsync());
        Assert.True((await simulator.NormalizedAsync()).ChainVerifies);
    }
}

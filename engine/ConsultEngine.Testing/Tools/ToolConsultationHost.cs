using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Runtime.Tools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Testing.Tools;

/// <summary>A scenario's <c>tool</c> action handed to the test: collect on this step through <see cref="Tools"/>; the host closes it afterwards.</summary>
public sealed record ToolStepTurn(Guid InstanceId, string StepId, ScenarioAction Action, IToolSteps Tools, ManualClock Clock);

/// <summary>A scenario played with real tools: the normalised run and failures, and what each tool step closed with.</summary>
public sealed record ToolScenarioResult(ScenarioResult Scenario, IReadOnlyDictionary<string, CloseResult> Closed)
{
    public bool Passed => Scenario.Passed;
}

/// <summary>
/// The engine as a host builds it (<c>AddConsultEngine</c>, validated container) with real tools,
/// in memory, on a manual clock: for end-to-end tests of tool plugins on real definitions. Play a
/// scenario whose <c>tool</c> actions are carried out by the tools (the test submits inputs through
/// <see cref="IToolSteps"/>; the host closes the step, so its output is the tool's analysis summary
/// instead of the scenario's <c>results</c>).
/// </summary>
public sealed class ToolConsultationHost : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _services;

    /// <summary>
    /// A host with its engine initialised (its stores opened, the definitions seeded): what a test
    /// calls. Arguments as for the constructor.
    /// </summary>
    public static async Task<ToolConsultationHost> StartAsync(string definitionsFolder, IEnumerable<IConsultationTool> tools, Action<ConsultEngineBuilder>? configure = null, DateTimeOffset? start = null)
    {
        var host = new ToolConsultationHost(definitionsFolder, tools, configure, start);
        try
        {
            await host.InitializeAsync().ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A host whose engine is not initialised yet: <see cref="InitializeAsync"/> (or <see cref="RunAsync"/>)
    /// opens its stores and seeds its definitions; until then its engine refuses with CE8120.
    /// Prefer <see cref="StartAsync"/>.
    /// </summary>
    /// <param name="definitionsFolder">The folder of definitions and overlays the host runs (the repository's <c>definitions/</c>).</param>
    /// <param name="tools">The tools, added to the host as in-process tools next to any plugins it loads.</param>
    /// <param name="configure">Anything else on the builder (plugins from a folder, another rule runner).</param>
    public ToolConsultationHost(string definitionsFolder, IEnumerable<IConsultationTool> tools, Action<ConsultEngineBuilder>? configure = null, DateTimeOffset? start = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionsFolder);
        ArgumentNullException.ThrowIfNull(tools);
        Clock = new ManualClock(start ?? ManualClock.DefaultStart);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        var builder = services.AddConsultEngine(o =>
            {
                o.DefinitionsPath = definitionsFolder;
                o.RunBackgroundServices = false;
            })
            .UseInMemoryStore()
            .UseStore(_ => Store);
        foreach (var tool in tools)
        {
            builder.AddTool(tool);
        }

        configure?.Invoke(builder);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _services.GetService<IStartupValidator>()?.Validate();
    }

    public IServiceProvider Services => _services;

    /// <summary>Opens the engine's stores and seeds the definitions folder, as a host's start does (once; later calls return at once).</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _services.InitializeConsultEngineAsync(cancellationToken);

    public ManualClock Clock { get; }

    public InMemoryInstanceStore Store { get; } = new();

    public ProcessEngine Engine => _services.GetRequiredService<ProcessEngine>();

    public IToolSteps Tools => _services.GetRequiredService<IToolSteps>();

    public IToolDataStore ToolData => _services.GetRequiredService<IToolDataStore>();

    public IDefinitionCatalog Definitions => _services.GetRequiredService<IDefinitionCatalog>();

    /// <summary>A simulator for one run of <paramref name="definitionId"/>@<paramref name="version"/> on this host's engine, store and clock.</summary>
    public ConsultationSimulator Simulator(string definitionId, int version) =>
        new(Definition(definitionId, version), Engine, Store, Clock, _services.GetRequiredService<IStepTypeRegistry>());

    /// <summary>
    /// Plays <paramref name="scenario"/>: human steps complete with the scenario's outputs, time
    /// passes, expectations are checked; at each <c>tool</c> action <paramref name="atToolStep"/>
    /// collects (submissions, actions) and then the host closes the step with the action's actor
    /// and outcome.
    /// </summary>
    public async Task<ToolScenarioResult> RunAsync(Scenario scenario, Func<ToolStepTurn, Task>? atToolStep = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await InitializeAsync().ConfigureAwait(false);
        var at = scenario.Definition.LastIndexOf('@');
        var definition = Definition(scenario.Definition[..at], int.Parse(scenario.Definition[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        if (scenario.Start?.At is { } start)
        {
            Clock.AdvanceTo(start);
        }

        var simulator = Simulator(definition.Id, definition.Version);
        var closed = new Dictionary<string, CloseResult>(StringComparer.Ordinal);
        var result = await ScenarioRunner.PlayAsync(simulator, definition, scenario, async action =>
        {
            var stepId = action.Tool!;
            if (atToolStep is not null)
            {
                await atToolStep(new ToolStepTurn(simulator.InstanceId, stepId, action, Tools, Clock)).ConfigureAwait(false);
            }

            closed[stepId] = await Tools.CloseAsync(simulator.InstanceId, stepId, action.Actor ?? "tool", action.Outcome).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return new ToolScenarioResult(result, closed);
    }

    public void Dispose() => _services.Dispose();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private ProcessDefinition Definition(string id, int version) =>
        Definitions.Find(id, version) ?? throw new ArgumentException($"The definition {id}@{version} is not among the host's runnable definitions.", nameof(id));
}

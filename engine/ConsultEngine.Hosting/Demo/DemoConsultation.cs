using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Demo.Stages;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ConsultEngine.Persistence.Tools;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsultEngine.Hosting.Demo;

/// <summary>
/// A complete example consultation of the standard process (<c>hdnd.standard@2</c>): Nghệ An's
/// People's Council consults on the price of household waste collection. Every phase is completed by
/// plausible staff, and every tool step is filled through its tool's real actions and submissions —
/// thousands of survey responses, hundreds of poll votes, two hearing sessions, two focus groups.
/// The same options give the same data.
/// </summary>
public static partial class DemoConsultation
{
    /// <summary>The definition the example runs on.</summary>
    public const string DefinitionId = "hdnd.standard";

    public const int DefinitionVersion = 2;

    /// <summary>The tools the example drives; each must be loaded.</summary>
    public static IReadOnlyList<string> Tools { get; } = ["focus-group", "online-poll", "public-hearing", "survey"];

    private static IReadOnlyList<IDemoStage> Stages { get; } =
    [
        new PrepareStage(),
        new NarrowConsultationStage(),
        new DesignStage(),
        new PilotStage(),
        new FieldworkStage(),
        new CommentsAndMonitoringStage(),
        new AnalyseStage(),
        new FeedbackStage(),
        new PolicyStage(),
    ];

    /// <summary>
    /// Creates the example in the engine of <paramref name="services"/> (a host's, or a test fixture's)
    /// and returns its instance id. Refuses a database that already holds a consultation (CE8801) and
    /// an engine without the four standard tools (CE8802). With a <see cref="DemoClock"/> as the
    /// engine's clock the story runs through 2026 on its own calendar; otherwise at the present time.
    /// </summary>
    public static async Task<Guid> CreateAsync(IServiceProvider services, DemoOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        // A fixture's provider may not have been started as a host; a started one returns at once.
        await services.InitializeConsultEngineAsync(cancellationToken).ConfigureAwait(false);
        var engine = services.GetRequiredService<ProcessEngine>();
        if ((await engine.Store.ListInstancesAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            throw new DemoException(DemoCodes.DatabaseNotEmpty, "The database already holds consultations: the example is only created in an empty database.");
        }

        var loaded = services.GetServices<IConsultationTool>().Select(t => t.Manifest.Id).ToHashSet(StringComparer.Ordinal);
        var missing = Tools.Where(t => !loaded.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new DemoException(DemoCodes.ToolMissing, $"The example needs the standard tool plugins; not loaded: {string.Join(", ", missing)}.", missing);
        }

        var started = await engine.StartAsync(DefinitionId, DefinitionVersion, Variables(), DemoTexts.ConsultationTitle, options.StartedBy, cancellationToken).ConfigureAwait(false);
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(DemoConsultation).FullName!);
        var run = new DemoRun(engine, services.GetRequiredService<IToolSteps>(), services.GetRequiredService<IConsultationRegisters>(), services.GetRequiredService<TimeProvider>(), options, started.Id, cancellationToken,
            phase =>
            {
                if (logger is not null)
                {
                    PhaseTook(logger, phase.Name, phase.Took.TotalSeconds, phase.Cpu?.TotalSeconds ?? 0);
                }
            });
        try
        {
            foreach (var stage in Stages)
            {
                await run.TimeAsync(StageName(stage), () => stage.RunAsync(run)).ConfigureAwait(false);
            }
        }
        catch (DemoStopped)
        {
            // Options.StopBefore: the story ends with that step waiting.
        }

        return started.Id;
    }

    /// <summary>
    /// Creates the example in the database <paramref name="configure"/> names, with an engine of its
    /// own whose clock follows the story's calendar (<see cref="DemoClock"/>): what the command line
    /// and a web host starting with <c>--demo</c> call.
    /// </summary>
    public static async Task<Guid> CreateInDatabaseAsync(Action<ConsultEngineOptions> configure, DemoOptions options, ILoggerFactory? logging = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new DemoClock(DemoClock.StoryStart));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(logging ?? NullLoggerFactory.Instance);
        services.AddLogging();
        services.AddConsultEngine(o =>
        {
            configure(o);
            o.RunBackgroundServices = false;
        })
        // The example can always be made again: its thousands of inputs need not wait for a disk sync each (synchronous=NORMAL).
        .UseToolDataStore(async (provider, cancellationToken) => await SqliteToolDataStore.OpenAsync(
                provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value.DatabasePath,
                new SqliteToolDataStoreOptions { Clock = provider.GetRequiredService<TimeProvider>(), Durability = IngestionDurability.Normal },
                cancellationToken)
            .ConfigureAwait(false));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using (provider.ConfigureAwait(false))
        {
            provider.GetService<IStartupValidator>()?.Validate();
            await provider.InitializeConsultEngineAsync(cancellationToken).ConfigureAwait(false);
            var id = await CreateAsync(provider, options, cancellationToken).ConfigureAwait(false);
            if (options.Finish is { } finish && options.StopBefore is null)
            {
                await finish(provider, id, cancellationToken).ConfigureAwait(false);
            }

            return id;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The example consultation's phase {Phase} took {Seconds:0.00} s ({CpuSeconds:0.00} s of process CPU).")]
    private static partial void PhaseTook(ILogger logger, string phase, double seconds, double cpuSeconds);

    /// <summary>A stage's name as phases are reported: <c>FieldworkStage</c> → <c>fieldwork</c>.</summary>
    private static string StageName(IDemoStage stage)
    {
        var name = stage.GetType().Name;
        name = name.EndsWith("Stage", StringComparison.Ordinal) ? name[..^"Stage".Length] : name;
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    private static JsonObject Variables() => new()
    {
        ["province"] = DemoTexts.Province,
        ["year"] = 2026,
        ["issueTitle"] = DemoTexts.IssueFee,
        ["scope"] = "Toàn tỉnh",
        ["budgetVnd"] = 950_000_000,
        ["contractedTools"] = new JsonArray("survey"),
    };
}

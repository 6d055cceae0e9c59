using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Cluster;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Hosting.Plugins;
using ConsultEngine.Hosting.Services;
using ConsultEngine.Runtime;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Rules;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class ConsultEngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine: options from the <c>ConsultEngine</c> section (validated on start), the
    /// definitions folder, the tool plugins (<see cref="PluginCatalog"/>), the step types, the engine and its timer and outbox services. By default
    /// instances live in the SQLite file of the options and rules run in the JavaScript sandbox;
    /// the returned builder changes either.
    /// </summary>
    public static ConsultEngineBuilder AddConsultEngine(this IServiceCollection services, Action<ConsultEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ConsultEngineOptions>().BindConfiguration(ConsultEngineOptions.SectionName).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConsultEngineOptions>, ConsultEngineOptionsValidator>());
        // The node's name and claim leases: checked (coded, CE8460–CE8469) when the stores open or the services start.
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.SectionName);
        services.TryAddSingleton(provider => ClusterSettings.From(provider.GetRequiredService<IOptions<ClusterOptions>>().Value));
        services.TryAddSingleton(TimeProvider.System);
        // The plugins load once, when the catalog (or the tools, or the step types) is first asked for.
        services.TryAddSingleton(provider => PluginCatalog.Load(
            provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value.PluginsPath,
            provider.GetServices<InProcessToolRegistration>().Select(r => r.Tool),
            provider,
            provider.GetService<ILoggerFactory>()?.CreateLogger("ConsultEngine.Plugins")));
        // An explicit registration of the sequence: the tools are known only once the catalog has loaded.
        services.TryAddSingleton<IEnumerable<IConsultationTool>>(provider => provider.GetRequiredService<PluginCatalog>().Tools);
        services.TryAddSingleton<IStepTypeRegistry>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value;
            var registry = provider.GetRequiredService<PluginCatalog>().CreateStepTypeRegistry(options.StandardToolFallback);
            foreach (var registration in provider.GetServices<StepTypeRegistration>())
            {
                registry.Add(registration.Descriptor);
            }

            return registry;
        });
        // The stores are opened, and the definitions folder seeded into the definition store, by the
        // engine's initialisation (its first hosted service, or InitializeConsultEngineAsync), never
        // inside a container factory: those only hand out what was opened (CE8120 before that).
        services.AddEngineStartup();
        services.TryAddConsultStore<IDefinitionStore>(async (provider, cancellationToken) => await SqliteDefinitionStore.OpenAsync(
            Database(provider), provider.GetRequiredService<TimeProvider>(), cancellationToken).ConfigureAwait(false));
        services.TryAddSingleton<StoredDefinitionCatalog>();
        services.TryAddSingleton<DefinitionLibrary>();
        services.TryAddSingleton<DefinitionStartup>();
        services.TryAddSingleton<IDefinitionCatalog>(provider => provider.GetRequiredService<StoredDefinitionCatalog>());
        services.TryAddSingleton<IDefinitionLibrary>(provider => provider.GetRequiredService<DefinitionLibrary>());
        // The embedded defaults: a SQLite file (created and migrated when the engine initialises) and the JavaScript sandbox.
        services.TryAddConsultStore<IInstanceStore>(async (provider, cancellationToken) =>
            await DatabaseStores.OpenInstanceStoreAsync(Database(provider), provider.GetRequiredService<ClusterSettings>().NodeId, cancellationToken).ConfigureAwait(false));
        services.TryAddSingleton(_ => new RuleEvaluator());
        services.TryAddSingleton<IRuleRunner>(provider => new JintRuleRunner(provider.GetRequiredService<RuleEvaluator>()));
        services.AddJournalKey();
        services.TryAddSingleton<ProcessEngine>();
        services.TryAddSingleton<ConsultEngine.Runtime.Queries.IConsultationQueries, ConsultEngine.Runtime.Queries.ConsultationQueries>();
        services.TryAddSingleton<ConsultEngine.Runtime.Records.StepRecordReader>();
        services.AddConsultTools();
        services.AddConsultRegisters();
        services.AddConsultCodebook();
        services.AddConsultFeedback();
        services.AddConsultAdministrativeUnits();
        services.AddConsultOutbox();
        services.AddConsultPersonVerification();
        services.AddConsultPrivacy();
        services.AddHostedService<TimerService>();
        services.AddHostedService<OutboxService>();
        services.AddHostedService<OutboxBacklogService>();
        return new ConsultEngineBuilder(services);
    }

    /// <summary>The SQLite file of the options, where the embedded stores live.</summary>
    internal static string DatabasePath(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value.DatabasePath;

    /// <summary>The database of the options (provider and where), refused with a code when it cannot be used.</summary>
    internal static DatabaseSelection Database(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value;
        return DatabaseSelection.Resolve(options.Database.Provider, options.Database.ConnectionString, options.DatabasePath);
    }
}

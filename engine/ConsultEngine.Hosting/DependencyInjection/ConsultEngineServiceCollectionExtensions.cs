using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Services;
using ConsultEngine.Runtime;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Rules;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class ConsultEngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine: options from the <c>ConsultEngine</c> section (validated on start), the
    /// definitions folder, the step types, the engine and its timer and outbox services. By default
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
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStepTypeRegistry>(provider =>
        {
            var registry = StandardToolTypes.CreateRegistry();
            foreach (var registration in provider.GetServices<StepTypeRegistration>())
            {
                registry.Add(registration.Descriptor);
            }

            return registry;
        });
        services.TryAddSingleton<DefinitionRepository>();
        services.TryAddSingleton<IDefinitionCatalog>(provider => provider.GetRequiredService<DefinitionRepository>());
        // The embedded defaults: a SQLite file (created and migrated when first used) and the JavaScript sandbox.
        services.TryAddSingleton<IInstanceStore>(provider =>
            SqliteInstanceStore.OpenAsync(provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value.DatabasePath).GetAwaiter().GetResult());
        services.TryAddSingleton(_ => new RuleEvaluator());
        services.TryAddSingleton<IRuleRunner>(provider => new JintRuleRunner(provider.GetRequiredService<RuleEvaluator>()));
        services.TryAddSingleton<ProcessEngine>();
        services.TryAddSingleton<IOutboxSender, LoggingOutboxSender>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddConsultTools();
        services.AddHostedService<TimerService>();
        services.AddHostedService<OutboxService>();
        return new ConsultEngineBuilder(services);
    }
}

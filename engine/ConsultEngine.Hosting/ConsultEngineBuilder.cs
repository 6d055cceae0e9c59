using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConsultEngine.Hosting;

/// <summary>What <c>AddConsultEngine()</c> returns: choose the store, the rule runner, the outbox sender, extra step types.</summary>
public sealed class ConsultEngineBuilder
{
    internal ConsultEngineBuilder(IServiceCollection services) => Services = services;

    public IServiceCollection Services { get; }

    /// <summary>Keeps instances and tool data in memory: for tests, simulations and benchmarks. Nothing survives a restart.</summary>
    public ConsultEngineBuilder UseInMemoryStore() => UseStore(_ => new InMemoryInstanceStore()).UseInMemoryToolData().UseInMemoryJournalKey()
        .UseDefinitionStore(provider => new InMemoryDefinitionStore(provider.GetRequiredService<TimeProvider>()));

    /// <summary>Keeps definition versions and drafts in the store the factory makes (by default the SQLite file of the options).</summary>
    public ConsultEngineBuilder UseDefinitionStore(Func<IServiceProvider, IDefinitionStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.ReplaceWithFactory(factory);
        return this;
    }

    /// <summary>Keeps definition versions and drafts in the store <paramref name="open"/> opens when the engine initialises.</summary>
    public ConsultEngineBuilder UseDefinitionStore(Func<IServiceProvider, CancellationToken, Task<IDefinitionStore>> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        Services.ReplaceConsultStore(open);
        return this;
    }

    /// <summary>Keeps instances in the store the factory makes (one that needs no opening, such as the in-memory store).</summary>
    public ConsultEngineBuilder UseStore(Func<IServiceProvider, IInstanceStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.ReplaceWithFactory(factory);
        return this;
    }

    /// <summary>Keeps instances in the store <paramref name="open"/> opens when the engine initialises (a SQLite file elsewhere, PostgreSQL).</summary>
    public ConsultEngineBuilder UseStore(Func<IServiceProvider, CancellationToken, Task<IInstanceStore>> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        Services.ReplaceConsultStore(open);
        return this;
    }

    public ConsultEngineBuilder UseRuleRunner(Func<IServiceProvider, IRuleRunner> factory)
    {
        Services.Replace(ServiceDescriptor.Singleton(factory));
        return this;
    }

    public ConsultEngineBuilder UseOutboxSender<TSender>()
        where TSender : class, IOutboxSender
    {
        // One instance serves both as itself and as the sender, so a host can resolve it to inspect it.
        Services.TryAddSingleton<TSender>();
        Services.Replace(ServiceDescriptor.Singleton<IOutboxSender>(provider => provider.GetRequiredService<TSender>()));
        return this;
    }

    /// <summary>Loads the tool plugins of <paramref name="path"/> instead of the <see cref="ConsultEngineOptions.PluginsPath"/> configured.</summary>
    public ConsultEngineBuilder UsePlugins(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Services.PostConfigure<ConsultEngineOptions>(options => options.PluginsPath = path);
        return this;
    }

    /// <summary>
    /// Adds a tool created in the host's own process (a test's tool, a tool compiled into the host).
    /// It passes the same checks as a plugin's and comes before the plugins: a plugin with the same id
    /// is refused (CE9004).
    /// </summary>
    public ConsultEngineBuilder AddTool(IConsultationTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        Services.AddSingleton(new InProcessToolRegistration(tool));
        return this;
    }

    /// <summary>Registers a step type (a plugin's tool) next to the built-in and standard tool types.</summary>
    public ConsultEngineBuilder AddStepType(StepTypeDescriptor descriptor)
    {
        Services.AddSingleton(new StepTypeRegistration(descriptor));
        return this;
    }
}

/// <summary>A tool added through <see cref="ConsultEngineBuilder.AddTool"/>.</summary>
internal sealed record InProcessToolRegistration(IConsultationTool Tool);

/// <summary>A step type added through <see cref="ConsultEngineBuilder.AddStepType"/>.</summary>
internal sealed record StepTypeRegistration(StepTypeDescriptor Descriptor);

using ConsultEngine.Definitions.StepTypes;
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
    public ConsultEngineBuilder UseInMemoryStore() => UseStore(_ => new InMemoryInstanceStore()).UseInMemoryToolData();

    public ConsultEngineBuilder UseStore(Func<IServiceProvider, IInstanceStore> factory)
    {
        Services.Replace(ServiceDescriptor.Singleton(factory));
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

    /// <summary>Registers a step type (a plugin's tool) next to the built-in and standard tool types.</summary>
    public ConsultEngineBuilder AddStepType(StepTypeDescriptor descriptor)
    {
        Services.AddSingleton(new StepTypeRegistration(descriptor));
        return this;
    }
}

/// <summary>A step type added through <see cref="ConsultEngineBuilder.AddStepType"/>.</summary>
internal sealed record StepTypeRegistration(StepTypeDescriptor Descriptor);

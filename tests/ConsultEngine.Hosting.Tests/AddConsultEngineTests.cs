using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Tests;

public sealed class AddConsultEngineTests
{
    private static string DefinitionsFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Definitions");

    private static IHost BuildHost(Action<ConsultEngineOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging();
        builder.Services.AddConsultEngine(options =>
            {
                options.DefinitionsPath = DefinitionsFolder();
                options.TimerPollInterval = TimeSpan.FromMilliseconds(50);
                options.OutboxPollInterval = TimeSpan.FromMilliseconds(50);
                configure?.Invoke(options);
            })
            .UseInMemoryStore()
            .UseRuleRunner(_ => new NoRules())
            .UseOutboxSender<RecordingSender>();
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }

    /// <summary>A built host whose engine is initialised as its start would (without starting its background services).</summary>
    private static async Task<IHost> InitializedHostAsync()
    {
        var host = BuildHost();
        await host.Services.InitializeConsultEngineAsync();
        return host;
    }

    [Fact]
    public async Task Container_ValidatesOnBuild_AndResolvesTheEngine()
    {
        using var host = await InitializedHostAsync();

        Assert.NotNull(host.Services.GetRequiredService<ProcessEngine>());
    }

    [Fact]
    public async Task InvalidOptions_StopTheHostFromStarting_WithEveryProblem()
    {
        using var host = BuildHost(o =>
        {
            o.DefinitionsPath = Path.Combine(DefinitionsFolder(), "missing");
            o.BatchSize = 0;
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(2, error.Failures.Count());
    }

    [Fact]
    public async Task Catalog_LoadsValidDefinitions_AndLeavesOutInvalidOnes()
    {
        using var host = await InitializedHostAsync();
        var catalog = host.Services.GetRequiredService<IDefinitionCatalog>();

        Assert.NotNull(catalog.Find("test.quick", 1));
        Assert.Null(catalog.Find("test.broken", 1));
    }

    [Fact]
    public async Task BackgroundServices_FireTimersAndDispatchTheOutbox()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var engine = host.Services.GetRequiredService<ProcessEngine>();
        var sender = host.Services.GetRequiredService<RecordingSender>();

        var instance = await engine.StartAsync("test.quick", 1);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        IReadOnlyList<Bookmark> waiting = [];
        while (DateTime.UtcNow < deadline && (waiting.Count == 0 || sender.Sent.IsEmpty))
        {
            await Task.Delay(50);
            waiting = await engine.Store.ListBookmarksAsync(instance.Id);
        }

        await host.StopAsync();
        Assert.Equal("close", Assert.Single(waiting).StepId);
        Assert.Equal(("notification", "announce"), (Assert.Single(sender.Sent).Kind, Assert.Single(sender.Sent).StepId));
        Assert.Empty(await engine.Store.FindUndispatchedAsync(10));
    }

    private sealed class NoRules : IRuleRunner
    {
        public bool EvaluateGuard(ProcessDefinition definition, string stepId, RuleScope scope) => throw new InvalidOperationException("no rules here");

        public IReadOnlyList<string> RunChecks(ProcessDefinition definition, string stepId, RuleScope scope) => [];
    }

    internal sealed class RecordingSender : IOutboxSender
    {
        public ConcurrentQueue<OutboxMessage> Sent { get; } = new();

        public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Sent.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}

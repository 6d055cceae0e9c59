using System.Runtime.CompilerServices;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Hosting.Notifications;
using ConsultEngine.Hosting.Notifications.Sms;
using ConsultEngine.Hosting.Services;
using ConsultEngine.Runtime.Scripting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsultEngine.Hosting.Tests.Notifications;

/// <summary>
/// An engine host whose outbox texts through <see cref="SmsGatewayStub"/> (quick retries, short
/// timeouts, fast outbox backoff), logging everything at every level into <see cref="Logs"/>. Its
/// SQLite file (the feedback store) is a temporary one, deleted on dispose.
/// </summary>
internal sealed class SmsNotificationHost : IAsyncDisposable
{
    public const string ApiKey = "khoa-thu-nghiem";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"consult-sms-{Guid.NewGuid():N}.db");
    private bool _started;

    private SmsNotificationHost(SmsGatewayStub? gateway, Action<SmsOptions>? sms, SmtpTestServer? smtp, int maxAttempts)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.Services.AddConsultEngine(options =>
            {
                options.DefinitionsPath = DefinitionsFolder();
                options.DatabasePath = _database;
                options.TimerPollInterval = TimeSpan.FromMilliseconds(50);
                options.OutboxPollInterval = TimeSpan.FromMilliseconds(50);
            })
            .UseInMemoryStore()
            .UseRuleRunner(_ => new NoRules());
        if (gateway is not null)
        {
            builder.Services.Configure<SmsOptions>(o =>
            {
                o.BaseUrl = gateway.BaseUrl;
                o.Path = "/v1/messages";
                o.ApiKey = ApiKey;
                o.Sender = "HDND-TINH";
                o.Timeout = TimeSpan.FromSeconds(5);
                o.Retries = 1;
                o.RetryDelay = TimeSpan.FromMilliseconds(10);
                sms?.Invoke(o);
            });
        }

        if (smtp is not null)
        {
            builder.Services.Configure<EmailOptions>(o =>
            {
                o.Host = "127.0.0.1";
                o.Port = smtp.Port;
                o.Security = EmailSecurity.None;
                o.FromAddress = "thong-bao@hdnd.example.vn";
            });
        }

        builder.Services.Configure<OutboxOptions>(o =>
        {
            o.BaseDelay = TimeSpan.FromMilliseconds(100);
            o.MaxDelay = TimeSpan.FromMilliseconds(400);
            o.Jitter = 0;
            o.MaxAttempts = maxAttempts;
            o.SendTimeout = TimeSpan.FromSeconds(20);
        });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        Host = builder.Build();
    }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>A host texting through <paramref name="gateway"/>, with <paramref name="sms"/> changing the test's settings.</summary>
    public static SmsNotificationHost Build(SmsGatewayStub gateway, Action<SmsOptions>? sms = null, int maxAttempts = 6) => new(gateway, sms, null, maxAttempts);

    /// <summary>A host that mails through <paramref name="smtp"/> and has no SMS gateway.</summary>
    public static SmsNotificationHost WithoutGateway(SmtpTestServer smtp) => new(null, null, smtp, 6);

    /// <summary>Opens the stores and starts the outbox and timer services.</summary>
    public async Task StartAsync()
    {
        await Host.StartAsync();
        _started = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_started)
            {
                await Host.StopAsync();
            }
        }
        finally
        {
            Host.Dispose();
            foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static string DefinitionsFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Definitions");

    private sealed class NoRules : IRuleRunner
    {
        public bool EvaluateGuard(ProcessDefinition definition, string stepId, RuleScope scope) => throw new InvalidOperationException("no rules here");

        public IReadOnlyList<string> RunChecks(ProcessDefinition definition, string stepId, RuleScope scope) => [];
    }
}

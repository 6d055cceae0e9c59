using System.Runtime.CompilerServices;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Hosting.Notifications;
using ConsultEngine.Hosting.Services;
using ConsultEngine.Runtime.Scripting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ConsultEngine.Hosting.Tests.Notifications;

/// <summary>An engine host whose outbox mails through <see cref="SmtpTestServer"/>, with fast retries and a fixed staff directory.</summary>
internal static class EmailNotificationHost
{
    public const string OfficeEmail = "van-phong@example.vn";

    private static string DefinitionsFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Definitions");

    public static IHost Build(SmtpTestServer smtp, int maxAttempts = 6)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging();
        builder.Services.AddConsultEngine(options =>
            {
                options.DefinitionsPath = DefinitionsFolder();
                options.TimerPollInterval = TimeSpan.FromMilliseconds(50);
                options.OutboxPollInterval = TimeSpan.FromMilliseconds(50);
            })
            .UseInMemoryStore()
            .UseRuleRunner(_ => new NoRules());
        builder.Services.Configure<EmailOptions>(o =>
        {
            o.Host = "127.0.0.1";
            o.Port = smtp.Port;
            o.Security = EmailSecurity.None;
            o.FromAddress = "thong-bao@hdnd.example.vn";
        });
        builder.Services.Configure<OutboxOptions>(o =>
        {
            o.BaseDelay = TimeSpan.FromMilliseconds(100);
            o.MaxDelay = TimeSpan.FromMilliseconds(400);
            o.Jitter = 0;
            o.MaxAttempts = maxAttempts;
            o.SendTimeout = TimeSpan.FromSeconds(10);
        });
        builder.Services.Replace(ServiceDescriptor.Singleton<IStaffDirectory>(new FixedStaffDirectory()));
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }

    private sealed class FixedStaffDirectory : IStaffDirectory
    {
        public Task<IReadOnlyList<string>> EmailsForRoleAsync(string definitionRole, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>(definitionRole == "office" ? [OfficeEmail] : []);
    }

    private sealed class NoRules : IRuleRunner
    {
        public bool EvaluateGuard(ProcessDefinition definition, string stepId, RuleScope scope) => throw new InvalidOperationException("no rules here");

        public IReadOnlyList<string> RunChecks(ProcessDefinition definition, string stepId, RuleScope scope) => [];
    }
}

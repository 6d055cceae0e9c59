using System.Runtime.CompilerServices;
using ConsultEngine.Hosting.Notifications;
using ConsultEngine.Hosting.Services;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Runtime.Tools;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Microsoft.Extensions.DependencyInjection;

internal static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The outbox: its retry policy (<see cref="OutboxOptions"/>), its ledger (the instance store),
    /// the dispatcher, and the sender chosen by configuration: mail through SMTP when
    /// <see cref="EmailOptions"/> names a host, text messages through the HTTP gateway when
    /// <c>SmsOptions</c> names one, else the logging sender. A host with user accounts
    /// replaces <see cref="IStaffDirectory"/> so that staff are mailed.
    /// </summary>
    internal static IServiceCollection AddConsultOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName);
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName)
            .Validate(o => !o.IsConfigured || IsAddress(o.FromAddress), $"{EmailOptions.SectionName}:{nameof(EmailOptions.FromAddress)} must be an email address when a host is set.")
            .ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<OutboxOptions>>().Value.ToPolicy() with
        {
            ClaimLease = provider.GetRequiredService<ConsultEngine.Hosting.Cluster.ClusterSettings>().OutboxClaimLease,
        });
        services.TryAddSingleton<IOutboxLedger>(provider => provider.GetRequiredService<IInstanceStore>() as IOutboxLedger
            ?? throw new InvalidOperationException("The instance store keeps no outbox ledger (IOutboxLedger): the outbox cannot retry."));
        services.TryAddSingleton<IStaffDirectory, NoStaffDirectory>();
        services.TryAddSingleton<IEmailTransport, MailKitEmailTransport>();
        services.TryAddSingleton<NotificationLetters>();
        services.TryAddSingleton<LoggingOutboxSender>();
        services.TryAddSingleton<NotifyingOutboxSender>();
        // Text messages to citizens who asked by phone, through the gateway of ConsultEngine:Notifications:Sms.
        services.AddConsultSms();
        services.TryAddSingleton<IOutboxSender>(provider =>
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.IsConfigured || provider.GetRequiredService<IOptions<ConsultEngine.Hosting.Notifications.Sms.SmsOptions>>().Value.IsConfigured
                ? provider.GetRequiredService<NotifyingOutboxSender>()
                : provider.GetRequiredService<LoggingOutboxSender>());
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<ConsultEngine.Runtime.Reliability.OutboxAdministration>();

        // The ingestion writer's state for a readiness check; a tool store without one is always ready.
        services.TryAddSingleton<IWriterHealth>(provider => provider.GetRequiredService<IToolDataStore>() as IWriterHealth ?? new ConsultEngine.Hosting.Services.AlwaysReadyWriter());
        return services;
    }

    /// <summary>
    /// Apart from the check above so that only a host with mail set loads MimeKit at start: compiling a method
    /// that names one of its types loads the assembly, even when the call is never made.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsAddress(string? address) => MailboxAddress.TryParse(address, out _);
}

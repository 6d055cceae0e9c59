using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Runtime.Hooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Feedback to citizens who asked to be told the outcome: the store (in the options' database), <see cref="IFeedbackSubscriptions"/> and the engine hook.</summary>
public static class FeedbackServiceCollectionExtensions
{
    /// <summary>Called by <c>AddConsultEngine</c>.</summary>
    internal static IServiceCollection AddConsultFeedback(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName);
        services.TryAddConsultStore<IFeedbackStore>(async (provider, cancellationToken) => await SqliteFeedbackStore.OpenAsync(
            ConsultEngineServiceCollectionExtensions.Database(provider), cancellationToken).ConfigureAwait(false));
        services.TryAddSingleton<IFeedbackSubscriptions, FeedbackSubscriptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdvanceHook, FeedbackHook>());
        return services;
    }
}

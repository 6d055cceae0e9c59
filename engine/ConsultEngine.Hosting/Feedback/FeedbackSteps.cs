using System.Text.Json;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Hosting.Feedback;

/// <summary>
/// How a definition marks the steps of feedback to voters, in a <c>notify</c> step's config:
/// <c>"notifies": "subscribers"</c> tells every citizen who asked at submission when the step
/// completes; <c>"requires": "explanation-register"</c> refuses any advance that would complete the
/// step while the explanation register is not complete. A definition without them does neither.
/// </summary>
public static class FeedbackSteps
{
    public const string NotifiesProperty = "notifies";

    public const string SubscribersValue = "subscribers";

    public const string RequiresProperty = "requires";

    public const string ExplanationRegisterValue = "explanation-register";

    public static bool NotifiesSubscribers(StepDefinition step) => Has(step, NotifiesProperty, SubscribersValue);

    public static bool RequiresRegister(StepDefinition step) => Has(step, RequiresProperty, ExplanationRegisterValue);

    /// <summary>Whether the definition has a step that tells subscribers: only then does the portal offer to be told.</summary>
    public static bool Offers(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.AllSteps().Any(NotifiesSubscribers);
    }

    private static bool Has(StepDefinition step, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Config is { ValueKind: JsonValueKind.Object } config
            && config.TryGetProperty(property, out var found)
            && found.ValueKind == JsonValueKind.String
            && string.Equals(found.GetString(), value, StringComparison.Ordinal);
    }
}

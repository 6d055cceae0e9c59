using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.Portal.Privacy;

/// <summary>
/// The consent every public form needs (Decree 13/2023/NĐ-CP): agreement to the privacy notice, and a
/// separate, explicit agreement when a sensitive attribute is given. The same check for the portal's page
/// and the public API, before anything reaches the tool; problems point at <c>/consent/privacy</c> and
/// <c>/consent/sensitive</c>.
/// </summary>
internal static class ConsentCheck
{
    public const string PrivacyPointer = "/consent/privacy";

    public const string SensitivePointer = "/consent/sensitive";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Takes <c>consent</c> out of a body (it is the host's, never the tool's) and reads it; a consent that is
    /// not an object reads as none.
    /// </summary>
    public static PublicConsent? Take(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var node = body["consent"];
        body.Remove("consent");
        if (node is not JsonObject given)
        {
            return null;
        }

        try
        {
            return given.Deserialize<PublicConsent>(Json);
        }
        catch (JsonException)
        {
            // "privacy": "yes" is no agreement: the check below refuses it with its code.
            return null;
        }
    }

    /// <summary>The problems of sending <paramref name="body"/> with <paramref name="consent"/>: none when it may be sent.</summary>
    public static IReadOnlyList<ToolProblem> Check(PublicConsent? consent, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Check(consent, SensitiveGiven(body));
    }

    /// <summary>The same, for a body whose sensitive attributes were already looked at (<paramref name="sensitiveGiven"/>).</summary>
    public static IReadOnlyList<ToolProblem> Check(PublicConsent? consent, bool sensitiveGiven)
    {
        var problems = new List<ToolProblem>();
        if (consent?.Privacy != true)
        {
            problems.Add(new ToolProblem(PrivacyCodes.ConsentRequired, PrivacyPointer, "Consent to the privacy notice is required."));
        }

        if (sensitiveGiven && consent?.Sensitive != true)
        {
            problems.Add(new ToolProblem(PrivacyCodes.SensitiveConsentRequired, SensitivePointer, "A sensitive attribute needs its own consent."));
        }

        return problems;
    }

    /// <summary>Whether the body gives a sensitive respondent attribute (<see cref="PrivacyNotice.SensitiveAttributes"/>) with a value.</summary>
    public static bool SensitiveGiven(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body["respondent"] is JsonObject respondent
            && PrivacyNotice.SensitiveAttributes.Any(name => respondent[name] is { } value
                && !(value is JsonValue text && text.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(text.GetValue<string>())));
    }

    /// <summary>As <see cref="SensitiveGiven(JsonObject)"/>, for the respondent of a bound submission.</summary>
    public static bool SensitiveGiven(RespondentAttributes? respondent) =>
        respondent is not null && PrivacyNotice.SensitiveAttributes.Any(name => !string.IsNullOrWhiteSpace(respondent.Get(name)));

    /// <summary>Whether a field (by its JSON Pointer) holds a sensitive attribute.</summary>
    public static bool IsSensitive(string pointer) =>
        PrivacyNotice.SensitiveAttributes.Any(name => string.Equals(pointer, "/respondent/" + name, StringComparison.Ordinal));
}

using Microsoft.Extensions.Primitives;

namespace ConsultEngine.Web.Portal.Privacy;

/// <summary>
/// The consent check boxes of the portal's forms: their HTML names, ids and the JSON Pointer their problems
/// carry (<see cref="ConsentCheck.PrivacyPointer"/>, <see cref="ConsentCheck.SensitivePointer"/>).
/// </summary>
internal static class ConsentFields
{
    public const string Privacy = "privacy";

    public const string Sensitive = "sensitive";

    public static string Name(string kind) => "ce-consent-" + kind;

    public static string Pointer(string kind) => "/consent/" + kind;

    public static string Id(string formId, string kind) => FieldNames.Id(formId, Pointer(kind));

    /// <summary>The consent a posted form gives (a box left unticked is absent from the post).</summary>
    public static PublicConsent Read(Func<string, StringValues> posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return new PublicConsent { Privacy = Ticked(posted(Name(Privacy))), Sensitive = Ticked(posted(Name(Sensitive))) };
    }

    private static bool Ticked(StringValues values) => values.Any(v => string.Equals(v, "true", StringComparison.Ordinal));
}

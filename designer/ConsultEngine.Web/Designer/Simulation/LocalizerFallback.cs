using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Designer.Simulation;

/// <summary>A string by a key built at run time (an event name, a code), with a fallback when the catalogue has no such key.</summary>
internal static class LocalizerFallback
{
    public static string Text(this IStringLocalizer localizer, string key, string fallback, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer[key, arguments];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}

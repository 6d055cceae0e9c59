namespace ConsultEngine.Web.Security;

/// <summary>Return addresses are paths of this site only: never an open redirect.</summary>
internal static class LocalUrl
{
    public static string OrDefault(string? url, string fallback) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : fallback;
}

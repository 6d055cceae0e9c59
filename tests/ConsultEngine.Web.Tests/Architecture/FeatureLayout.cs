namespace ConsultEngine.Web.Tests.Architecture;

/// <summary>
/// The web host's layout by feature: <c>Portal/</c>, <c>Console/</c>, <c>Designer/</c> and <c>Identity/</c>
/// each hold their pages, parts, services and API endpoints; <c>Components/</c> (the shell: app, routes,
/// layouts, the not-found and error pages) and <c>Api/</c> (the group mapping, problem details, the system
/// endpoints) are shared by all of them. Paths are relative to the web project, with <c>/</c>.
/// </summary>
internal static class FeatureLayout
{
    public static readonly string[] Features = ["Portal", "Console", "Designer", "Identity"];

    /// <summary>The endpoint groups that belong to no feature and stay in the shared <c>Api/</c> folder.</summary>
    public static readonly string[] SharedEndpoints = ["Api/ApiEndpoints.cs", "Api/SystemEndpoints.cs"];

    /// <summary>The pages that belong to no feature and stay in the shared <c>Components/Pages</c> folder.</summary>
    public static readonly string[] SharedPages = ["Components/Pages/ErrorStatus.razor", "Components/Pages/NotFound.razor"];

    /// <summary>
    /// The namespace of code in a folder: the folder's path under <c>ConsultEngine.Web</c>, except that
    /// <c>Console/</c> is <c>StaffConsole</c> (a <c>ConsultEngine.Web.Console</c> namespace would hide <c>System.Console</c>).
    /// </summary>
    public static string NamespaceOf(string folder)
    {
        var parts = folder.Length == 0 ? [] : folder.Split('/');
        if (parts.Length > 0 && parts[0] == "Console")
        {
            parts[0] = "StaffConsole";
        }

        return string.Join('.', ["ConsultEngine", "Web", .. parts]);
    }

    /// <summary>An <c>XxxEndpoints.cs</c> file sits in its feature's <c>Api/</c> folder, or is one of the shared ones.</summary>
    public static bool IsEndpointInPlace(string file) =>
        SharedEndpoints.Contains(file, StringComparer.Ordinal)
        || Features.Any(feature => string.Equals(FolderOf(file), feature + "/Api", StringComparison.Ordinal));

    /// <summary>A routable page sits in a feature's folder, or is one of the shared ones.</summary>
    public static bool IsPageInPlace(string file) =>
        SharedPages.Contains(file, StringComparer.Ordinal)
        || Features.Any(feature => file.StartsWith(feature + "/", StringComparison.Ordinal));

    public static string FolderOf(string file)
    {
        var slash = file.LastIndexOf('/');
        return slash < 0 ? string.Empty : file[..slash];
    }
}

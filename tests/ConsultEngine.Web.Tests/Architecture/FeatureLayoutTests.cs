using System.Reflection;
using System.Text.RegularExpressions;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Architecture;

/// <summary>
/// The web host is organised by feature (<see cref="FeatureLayout"/>): a feature's API endpoints and pages
/// live in its folder, and namespaces follow folders. A new <c>Api/XxxEndpoints.cs</c> or a page under
/// <c>Components/Pages/Console</c> fails here: move it to its feature's folder.
/// </summary>
public sealed partial class FeatureLayoutTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web");

    private static readonly Assembly WebAssembly = typeof(ApiEndpoints).Assembly;

    [Fact]
    public void EveryEndpointsFile_IsInItsFeaturesApiFolder()
    {
        var files = SourceFiles("*Endpoints.cs");
        Assert.True(files.Count > 15, $"{files.Count} endpoint files found");

        var misplaced = files.Where(f => !FeatureLayout.IsEndpointInPlace(f)).ToList();

        Assert.True(misplaced.Count == 0, "endpoints outside their feature's Api/ folder (Portal/Api, Console/Api, Designer/Api, Identity/Api):\n" + string.Join("\n", misplaced));
    }

    [Fact]
    public void EveryEndpointGroup_IsDeclaredInAFeatureApiNamespace_OrIsShared()
    {
        var allowed = FeatureLayout.Features.Select(f => FeatureLayout.NamespaceOf(f + "/Api")).Append(typeof(ApiEndpoints).Namespace).ToHashSet(StringComparer.Ordinal);
        var groups = WebAssembly.GetTypes().Where(t => t.IsDefined(typeof(ApiEndpointGroupAttribute), inherit: false)).ToList();
        Assert.True(groups.Count > 15, $"{groups.Count} endpoint groups found");

        var elsewhere = groups.Where(t => !allowed.Contains(t.Namespace ?? string.Empty)).Select(t => t.FullName).ToList();

        Assert.True(elsewhere.Count == 0, "endpoint groups outside the features' Api namespaces:\n" + string.Join("\n", elsewhere));
    }

    [Fact]
    public void EveryRoutablePage_IsInAFeatureFolder_OrIsShared()
    {
        var pages = SourceFiles("*.razor").Where(f => PageDirective().IsMatch(File.ReadAllText(Path.Combine(Web, f)))).ToList();
        Assert.True(pages.Count > 20, $"{pages.Count} pages found");

        var misplaced = pages.Where(f => !FeatureLayout.IsPageInPlace(f)).ToList();

        Assert.True(misplaced.Count == 0, "pages outside a feature folder (Portal/, Console/, Designer/, Identity/):\n" + string.Join("\n", misplaced));
    }

    [Fact]
    public void EveryCodeFile_DeclaresTheNamespaceOfItsFolder()
    {
        var files = SourceFiles("*.cs");
        Assert.True(files.Count > 100, $"{files.Count} code files found");

        var wrong = new List<string>();
        foreach (var file in files)
        {
            // Program.cs has top-level statements; extension classes live in the framework's namespaces by convention.
            if (FileNamespace().Match(File.ReadAllText(Path.Combine(Web, file))) is { Success: true } match
                && !match.Groups[1].Value.StartsWith("Microsoft.", StringComparison.Ordinal)
                && match.Groups[1].Value != FeatureLayout.NamespaceOf(FeatureLayout.FolderOf(file)))
            {
                wrong.Add($"{file}: {match.Groups[1].Value}, expected {FeatureLayout.NamespaceOf(FeatureLayout.FolderOf(file))}");
            }
        }

        Assert.True(wrong.Count == 0, "namespaces that do not follow their folder:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void EveryComponent_IsCompiledInTheNamespaceOfItsFolder()
    {
        var components = SourceFiles("*.razor").Where(f => !f.EndsWith("_Imports.razor", StringComparison.Ordinal)).ToList();
        Assert.True(components.Count > 50, $"{components.Count} components found");

        var missing = components
            .Select(f => FeatureLayout.NamespaceOf(FeatureLayout.FolderOf(f)) + "." + Path.GetFileNameWithoutExtension(f))
            .Where(name => WebAssembly.GetType(name) is null)
            .ToList();

        Assert.True(missing.Count == 0, "components not compiled in the namespace of their folder (check the folder's _Imports.razor @namespace):\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData("Api/InstancesEndpoints.cs", false)]
    [InlineData("Console/InstancesEndpoints.cs", false)]
    [InlineData("Components/Api/PortalEndpoints.cs", false)]
    [InlineData("Console/Api/InstancesEndpoints.cs", true)]
    [InlineData("Identity/Api/AuthEndpoints.cs", true)]
    [InlineData("Api/SystemEndpoints.cs", true)]
    public void AnEndpointsFile_IsInPlaceOnlyInAFeaturesApiFolder_OrShared(string file, bool inPlace) =>
        Assert.Equal(inPlace, FeatureLayout.IsEndpointInPlace(file));

    [Theory]
    [InlineData("Components/Pages/Console/Inbox.razor", false)]
    [InlineData("Components/Designer/DesignerList.razor", false)]
    [InlineData("Pages/Home.razor", false)]
    [InlineData("Console/Pages/Inbox.razor", true)]
    [InlineData("Designer/Components/DesignerList.razor", true)]
    [InlineData("Components/Pages/NotFound.razor", true)]
    public void APage_IsInPlaceOnlyInAFeatureFolder_OrShared(string file, bool inPlace) =>
        Assert.Equal(inPlace, FeatureLayout.IsPageInPlace(file));

    [Theory]
    [InlineData("", "ConsultEngine.Web")]
    [InlineData("Portal/Pages", "ConsultEngine.Web.Portal.Pages")]
    [InlineData("Console/Parts", "ConsultEngine.Web.StaffConsole.Parts")]
    [InlineData("Designer/Components/Canvas", "ConsultEngine.Web.Designer.Components.Canvas")]
    public void TheNamespaceOfAFolder_IsItsPath_WithTheConsoleAsStaffConsole(string folder, string expected) =>
        Assert.Equal(expected, FeatureLayout.NamespaceOf(folder));

    /// <summary>The web project's source files matching a pattern, relative with <c>/</c>; not build output or static files.</summary>
    private static List<string> SourceFiles(string pattern) =>
        [.. Directory.EnumerateFiles(Web, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Web, f).Replace('\\', '/'))
            .Where(f => f.Split('/')[0] is not ("bin" or "obj" or "wwwroot"))
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"^@page\s", RegexOptions.Multiline)]
    private static partial Regex PageDirective();

    [GeneratedRegex(@"^namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();
}

using ConsultEngine.Web.Api;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>The endpoint groups found in the assembly's metadata (what the host maps) are every class marked as one.</summary>
public sealed class ApiEndpointGroupScanTests
{
    [Fact]
    public void TheGroupsFoundInMetadata_AreTheClassesMarkedAsGroups()
    {
        var assembly = typeof(ApiEndpoints).Assembly;
        var marked = assembly.GetTypes().Where(t => t.IsDefined(typeof(ApiEndpointGroupAttribute), inherit: false)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

        var found = ApiEndpointGroupScan.Find(assembly).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.True(marked.Count > 15, $"{marked.Count} endpoint groups marked");
        Assert.Equal(marked, found);
    }
}

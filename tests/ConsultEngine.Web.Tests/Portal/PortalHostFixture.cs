using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>A real host of its own with one consultation whose survey, poll and hearing are open to the public.</summary>
public sealed class PortalHostFixture : PortalSite, IAsyncLifetime
{
    public string Api(string step) => $"/api/consultations/{InstanceId}/steps/{step}";
}

[CollectionDefinition(Name)]
public sealed class PortalHostGroup : ICollectionFixture<PortalHostFixture>
{
    public const string Name = "portal host";
}

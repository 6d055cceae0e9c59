using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>A real host with one consultation whose survey, poll and hearing are open (see <see cref="PortalSeed"/>).</summary>
public sealed class PortalSiteFixture : PortalSite, IAsyncLifetime;

using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>A real host with one consultation whose survey, poll and hearing are open (see <see cref="PortalSeed"/>), and on demand a second one on a draft resolution.</summary>
public sealed class PortalSiteFixture : PortalSite, IAsyncLifetime
{
    private Task<Guid>? _draft;

    /// <summary>The consultation on a draft resolution (<see cref="DraftConsultation"/>), started on first use.</summary>
    internal Task<Guid> DraftAsync() => _draft ??= DraftConsultation.StartAsync(Host);
}

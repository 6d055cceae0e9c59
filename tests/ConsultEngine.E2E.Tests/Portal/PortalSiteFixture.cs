using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.E2E.Tests.Portal;

/// <summary>A real host with one consultation whose survey, poll and hearing are open (see <see cref="PortalSeed"/>).</summary>
public sealed class PortalSiteFixture : IAsyncLifetime
{
    private TestWebHost? _host;

    public TestWebHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public Guid InstanceId { get; private set; }

    public string Consultation => $"/consultations/{InstanceId}";

    public string Survey => $"/consultations/{InstanceId}/survey/{PortalSeed.SurveyStep}";

    public string Poll => $"/consultations/{InstanceId}/poll/{PortalSeed.PollStep}";

    public string Hearing => $"/consultations/{InstanceId}/hearing/{PortalSeed.HearingStep}";

    public async Task InitializeAsync()
    {
        _host = await TestWebHost.StartAsync();
        InstanceId = await PortalSeed.OpenConsultationAsync(_host.Services);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

namespace ConsultEngine.Web.Testing.Portal;

/// <summary>
/// A real host of its own with one consultation whose survey, poll and hearing are open to the public
/// (see <see cref="PortalSeed"/>), and the portal addresses of its pages. The test projects' fixtures
/// derive from it; its start and stop methods have the shape of xunit's async lifetime.
/// </summary>
public abstract class PortalSite
{
    private TestWebHost? _host;

    public TestWebHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public Guid InstanceId { get; private set; }

    public string Consultation => $"/consultations/{InstanceId}";

    public string Survey => Step(PortalSeed.SurveyStep);

    public string Poll => Step(PortalSeed.PollStep);

    public string Hearing => Step(PortalSeed.HearingStep);

    /// <summary>The portal page of a tool step: one address shape for every tool.</summary>
    public string Step(string stepId) => $"/consultations/{InstanceId}/steps/{stepId}";

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

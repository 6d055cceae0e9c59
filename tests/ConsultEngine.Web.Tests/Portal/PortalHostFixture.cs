using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>A real host of its own with one consultation whose survey, poll and hearing are open to the public.</summary>
public sealed class PortalHostFixture : IAsyncLifetime
{
    private TestWebHost? _host;

    public TestWebHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public Guid InstanceId { get; private set; }

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

    public string Consultation => $"/consultations/{InstanceId}";

    public string Survey => $"/consultations/{InstanceId}/survey/{PortalSeed.SurveyStep}";

    public string Poll => $"/consultations/{InstanceId}/poll/{PortalSeed.PollStep}";

    public string Hearing => $"/consultations/{InstanceId}/hearing/{PortalSeed.HearingStep}";

    public string Api(string step) => $"/api/consultations/{InstanceId}/steps/{step}";
}

[CollectionDefinition(Name)]
public sealed class PortalHostGroup : ICollectionFixture<PortalHostFixture>
{
    public const string Name = "portal host";
}

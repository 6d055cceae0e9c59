using System.Net;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tests.Authorization;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>The consultation page offers what each completed human step recorded, one panel per step, and none for tool steps.</summary>
[Collection(StaffSiteGroup.Name)]
public sealed class RecordedDataPageTests(StaffSiteFixture site)
{
    [Fact]
    public async Task ConsultationPage_HasAPanelPerCompletedHumanStep_AndNoneForAToolStep()
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"console/consultations/{site.InstanceId}", UriKind.Relative));
        (await site.SessionAsync(Roles.WorkingGroup)).Sign(request, withToken: false);

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"records\"", html, StringComparison.Ordinal);
        Assert.Contains("data-record-step=\"collect-issues-activity-plan\"", html, StringComparison.Ordinal);
        Assert.Contains("data-record-step=\"select-issues\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-record-step=\"narrow-consultation\"", html, StringComparison.Ordinal);
    }
}

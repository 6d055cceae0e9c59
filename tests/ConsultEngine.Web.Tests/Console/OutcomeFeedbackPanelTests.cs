using System.Net;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing.Portal;
using ConsultEngine.Web.Tests.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The consultation page tells staff how many asked to be told the outcome (waiting, by channel) and how
/// many messages feedback to voters queued (by channel), rendered on the server; never a contact.
/// </summary>
[Collection(StaffSiteGroup.Name)]
public sealed class OutcomeFeedbackPanelTests(StaffSiteFixture site)
{
    private const string WaitingEmail = "nguoi.cho@example.vn";
    private const string WaitingPhone = "0987654321";
    private const string QueuedEmail = "da.gui@example.vn";

    [Fact]
    public async Task ConsultationPage_ShowsTheCountsByChannel_AndNoContact()
    {
        var id = await ConsultationWithRequestsAsync();

        var (status, html) = await PageAsync($"console/consultations/{id}", Roles.WorkingGroup);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"feedback-counts\" data-waiting-email=\"1\" data-waiting-phone=\"1\" data-queued-email=\"1\" data-queued-phone=\"0\"", html, StringComparison.Ordinal);
        Assert.Contains("Thông báo kết quả cho người tham gia", html, StringComparison.Ordinal);
        Assert.DoesNotContain(WaitingEmail, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(WaitingPhone, html, StringComparison.Ordinal);
        Assert.DoesNotContain(QueuedEmail, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ConsultationPage_InEnglish_NamesTheCountsInEnglish()
    {
        var id = await ConsultationWithRequestsAsync();

        var (_, html) = await PageAsync($"console/consultations/{id}", Roles.Executive, english: true);

        Assert.Contains("Telling participants the outcome", html, StringComparison.Ordinal);
        Assert.DoesNotContain(WaitingEmail, html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A consultation with one request waiting by each channel, and one by email whose message was queued.</summary>
    private async Task<Guid> ConsultationWithRequestsAsync()
    {
        var id = await PublicationSeed.AwaitingApprovalAsync(site.Host.Services, "Thông báo kết quả");
        var store = site.Host.Services.GetRequiredService<IFeedbackStore>();
        var day = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        var queued = new FeedbackSubscription(Guid.NewGuid(), id, "survey", FeedbackChannel.Email, QueuedEmail, "vi", day, Guid.NewGuid().ToString("N"));
        await store.AddAsync(new FeedbackSubscription(Guid.NewGuid(), id, "survey", FeedbackChannel.Email, WaitingEmail, "vi", day, Guid.NewGuid().ToString("N")));
        await store.AddAsync(new FeedbackSubscription(Guid.NewGuid(), id, "survey", FeedbackChannel.Phone, WaitingPhone, "en", day, Guid.NewGuid().ToString("N")));
        await store.AddAsync(queued);
        await store.ForgetQueuedAsync(id, "feedback-to-voters", [queued.Id], DateTimeOffset.UtcNow);
        return id;
    }

    private async Task<(HttpStatusCode Status, string Html)> PageAsync(string path, string role, bool english = false)
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        var session = await site.SessionAsync(role);
        request.Headers.Add("Cookie", english ? session.Cookies + "; .AspNetCore.Culture=c%3Den%7Cuic%3Den" : session.Cookies);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}

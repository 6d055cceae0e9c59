using System.Net;
using System.Text.Json;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>
/// The publication gate: a consultation's results page, its downloads and the public results API answer
/// 404 until the Standing Committee approves publication, no figure appears on its public pages before,
/// and after approval the page shows who took part, the findings and the downloads.
/// </summary>
public sealed class ResultsPublicationTests
{
    private static readonly string[] Downloads = ["report.docx", "report.html", "register.docx", "data.csv", "data.json"];

    [Fact]
    public async Task ResultsAre404BeforeApproval_AndShownWithTheirDownloadsAfter()
    {
        await using var host = await TestWebHost.StartAsync();
        var id = await PublicationSeed.AwaitingApprovalAsync(host.Services, "Giá dịch vụ thu gom rác 2026");
        using var client = host.CreateClient();

        // Before approval: nothing of the results exists, and the consultation's public page and API carry no figure.
        foreach (var path in Downloads.Select(f => PortalLinksFile(id, f)).Prepend($"/api/consultations/{id}/results").Prepend($"/consultations/{id}/results"))
        {
            using var hidden = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(hidden.StatusCode == HttpStatusCode.NotFound, $"GET {path} before approval: {(int)hidden.StatusCode}");
        }

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/consultations/{id}", UriKind.Relative)));
        Assert.Contains("Đang tổng hợp, phân tích ý kiến", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/results", page, StringComparison.Ordinal);
        Assert.DoesNotContain("người đã tham gia", page, StringComparison.Ordinal);
        var api = await client.GetStringAsync(new Uri($"/api/consultations/{id}", UriKind.Relative));
        Assert.DoesNotContain("participation", api, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"people\"", api, StringComparison.OrdinalIgnoreCase);

        await PublicationSeed.ApproveAsync(host.Services, id);

        var results = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/consultations/{id}/results", UriKind.Relative)));
        Assert.Contains("Đã công bố kết quả", results, StringComparison.Ordinal);
        Assert.Contains($"{PublicationSeed.SurveyResponses} người đã tham gia, đóng góp {PublicationSeed.SurveyResponses} ý kiến.", results, StringComparison.Ordinal);
        Assert.Contains("Mức độ hài lòng với dịch vụ thu gom", results, StringComparison.Ordinal);
        Assert.Contains("Báo cáo tiếp thu, giải trình ý kiến", results, StringComparison.Ordinal);
        foreach (var file in Downloads)
        {
            Assert.Contains(PortalLinksFile(id, file), results, StringComparison.Ordinal);
            using var download = await client.GetAsync(new Uri(PortalLinksFile(id, file), UriKind.Relative));
            Assert.True(download.StatusCode == HttpStatusCode.OK, $"GET {file} after approval: {(int)download.StatusCode}");
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.NotEmpty(bytes);
            if (file.EndsWith(".docx", StringComparison.Ordinal))
            {
                Assert.Equal("PK"u8.ToArray(), bytes[..2]);
            }
        }

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/consultations/{id}/results", UriKind.Relative)));
        var participation = json.RootElement.GetProperty("participation");
        Assert.Equal(PublicationSeed.SurveyResponses, participation.GetProperty("people").GetInt32());
        Assert.Equal(PublicationSeed.SurveyResponses, participation.GetProperty("opinions").GetInt32());

        var home = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        Assert.Contains($"/consultations/{id}/results", home, StringComparison.Ordinal);
    }

    private static string PortalLinksFile(Guid id, string file) => $"/consultations/{id}/results/{file}";
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Runtime.Tools;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>
/// Report versions over the API on the host's SQLite file: the Working Group generates the report and
/// the explanation register as numbered versions with their data basis, downloads them as generated,
/// the Office comments per section and keeps earlier comments visible after a revision, versions move
/// through review, and two versions of one kind are compared.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class ReportVersionsApiTests(WebHostFixture fixture)
{
    private const string Hearing = "run-public-hearing";

    [Fact]
    public async Task Generate_StoresNumberedVersions_WithTheirDataBasisAndSections()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Báo cáo phiên bản"));
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using var first = await PostAsync(group, Url(id), new { }, HttpStatusCode.Created);
        using var second = await PostAsync(group, Url(id), new { language = "en" }, HttpStatusCode.Created);

        Assert.Equal(1, first.RootElement.GetProperty("number").GetInt32());
        Assert.Equal("report", first.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Draft", first.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, second.RootElement.GetProperty("number").GetInt32());
        Assert.Equal("en", second.RootElement.GetProperty("language").GetString());
        var basis = first.RootElement.GetProperty("basis");
        Assert.Equal(Consultation.Standard, basis.GetProperty("definitionId").GetString());
        Assert.True(basis.TryGetProperty("analysedAt", out _));
        Assert.NotEmpty(first.RootElement.GetProperty("sections").EnumerateArray());

        using var list = JsonDocument.Parse(await group.GetStringAsync(Url(id)));
        Assert.Equal([("Superseded", 1), ("Draft", 2)], list.RootElement.EnumerateArray().Select(v => (v.GetProperty("status").GetString(), v.GetProperty("number").GetInt32())));
    }

    [Fact]
    public async Task AVersion_IsDownloadedAsDocxAndHtml_AsGenerated()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Báo cáo tải về"));
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);
        (await PostAsync(group, Url(id), new { }, HttpStatusCode.Created)).Dispose();
        using var executive = await fixture.ClientAsync(Roles.Executive);

        using var docx = await executive.GetAsync(Url(id, "1/docx"));
        using var html = await executive.GetAsync(Url(id, "1/html"));

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Contains("<html", await html.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        await RefusedAsync(executive.GetAsync(Url(id, "9/docx")), HttpStatusCode.NotFound, "CE8910");
    }

    [Fact]
    public async Task Comments_ArePerSection_AndARevisionKeepsEarlierCommentsVisible()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Báo cáo góp ý"));
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);
        using var first = await PostAsync(group, Url(id), new { }, HttpStatusCode.Created);
        var section = first.RootElement.GetProperty("sections")[0].GetProperty("id").GetString()!;

        (await PostAsync(office, Url(id, "1/comments"), new { sectionId = section, text = "Bổ sung căn cứ pháp lý." }, HttpStatusCode.OK)).Dispose();
        await RefusedAsync(office.PostAsJsonAsync(Url(id, "1/comments"), new { sectionId = "no-such-section", text = "x" }), HttpStatusCode.UnprocessableEntity, "CE8911");
        (await PostAsync(group, Url(id), new { }, HttpStatusCode.Created)).Dispose();
        (await PostAsync(office, Url(id, "2/comments"), new { sectionId = section, text = "Đã bổ sung." }, HttpStatusCode.OK)).Dispose();

        using var comments = JsonDocument.Parse(await office.GetStringAsync(Url(id, "comments")));
        var review = Assert.Single(comments.RootElement.EnumerateArray().ToList());
        Assert.Equal(section, review.GetProperty("sectionId").GetString());
        Assert.Equal([1, 2], review.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("versionNumber").GetInt32()));
        Assert.Equal("Bổ sung căn cứ pháp lý.", review.GetProperty("comments")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task AVersion_IsReviewedBeforeItIsApproved()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Báo cáo duyệt"));
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);
        using var committee = await fixture.ClientAsync(Roles.StandingCommittee);
        (await PostAsync(group, Url(id), new { }, HttpStatusCode.Created)).Dispose();

        await RefusedAsync(committee.PostAsJsonAsync(Url(id, "1/status"), new { status = "approved" }), HttpStatusCode.Conflict, "CE8914");
        (await PostAsync(group, Url(id, "1/status"), new { status = "underReview" }, HttpStatusCode.OK)).Dispose();
        using var approved = await PostAsync(committee, Url(id, "1/status"), new { status = "approved" }, HttpStatusCode.OK);

        Assert.Equal("Approved", approved.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(approved.RootElement.GetProperty("statusChangedBy").GetString()));
    }

    [Fact]
    public async Task TwoExplanationRegisters_AreCompared_WithTheirDataBasis()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "So sánh phiên bản"));
        var opinion = await AppendOpinionAsync(id, "Đề nghị giảm phí gửi xe tại bệnh viện.");
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);
        (await PostAsync(group, Url(id), new { kind = "explanation" }, HttpStatusCode.Created)).Dispose();
        (await PostAsync(group, new Uri($"api/instances/{id}/register/dispositions", UriKind.Relative), new { opinionIds = new[] { opinion.ToString() }, kind = "takenUp" }, HttpStatusCode.OK)).Dispose();
        (await PostAsync(group, Url(id), new { kind = "explanation" }, HttpStatusCode.Created)).Dispose();
        (await PostAsync(group, Url(id), new { kind = "report" }, HttpStatusCode.Created)).Dispose();

        using var comparison = JsonDocument.Parse(await group.GetStringAsync(Url(id, "compare?from=1&to=2")));

        var register = comparison.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "register");
        Assert.Equal("Changed", register.GetProperty("change").GetString());
        var dispositioned = comparison.RootElement.GetProperty("basis").EnumerateArray().Single(b => b.GetProperty("item").GetString() == "dispositions/dispositioned");
        Assert.Equal(("0", "1"), (dispositioned.GetProperty("old").GetString(), dispositioned.GetProperty("new").GetString()));
        await RefusedAsync(group.GetAsync(Url(id, "compare?from=2&to=3")), HttpStatusCode.UnprocessableEntity, "CE8915");
    }

    [Fact]
    public async Task TheExecutive_ReadsVersions_ButCannotGenerateOrComment()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Báo cáo quyền"));
        using var executive = await fixture.ClientAsync(Roles.Executive);

        using var read = await executive.GetAsync(Url(id));
        using var write = await executive.PostAsJsonAsync(Url(id), new { });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task AnUnknownConsultation_IsRefusedWithTheEnginesCode()
    {
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        await RefusedAsync(group.PostAsJsonAsync(Url(Guid.CreateVersion7()), new { }), HttpStatusCode.NotFound, "CE8002");
        await RefusedAsync(group.PostAsJsonAsync(Url(Guid.CreateVersion7()), new { kind = "minutes" }), HttpStatusCode.UnprocessableEntity, "CE8904");
    }

    private static async Task RefusedAsync(Task<HttpResponseMessage> call, HttpStatusCode status, string code)
    {
        using var response = await call;
        await ProblemJson.AssertAsync(response, status, code);
    }

    private static Uri Url(Guid id, string? path = null) => new($"api/instances/{id}/reports{(path is null ? "" : "/" + path)}", UriKind.Relative);

    private static async Task<JsonDocument> PostAsync(HttpClient client, Uri url, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }

    private async Task<Guid> AppendOpinionAsync(Guid id, string text)
    {
        var input = new ConsultationInput
        {
            Id = Guid.CreateVersion7(),
            InstanceId = id,
            StepId = Hearing,
            Tool = "public-hearing",
            Channel = InputChannel.Enumerator,
            Collector = "Thư ký",
            Subject = "s1",
            Text = text,
            SubmittedAt = DateTimeOffset.UtcNow,
        };
        var result = await fixture.Host.Services.GetRequiredService<IToolDataStore>().Inputs(id, Hearing).AppendAsync(input);
        Assert.Equal(AppendStatus.Stored, result.Status);
        return input.Id;
    }
}

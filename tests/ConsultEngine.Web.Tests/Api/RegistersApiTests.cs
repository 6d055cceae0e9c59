using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Runtime.Tools;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>
/// The registers over the API on the host's SQLite file: a consultation of the standard process gets
/// opinions in two of its tool steps (stored as the tools would store them), then the Working Group
/// dispositions them, groups the identical ones, writes recommendations on evidence, records the
/// executive's response and follows a decision to its resolution; traces walk both ways.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class RegistersApiTests(WebHostFixture fixture)
{
    private const string Hearing = "run-public-hearing";
    private const string FocusGroups = "run-focus-groups";
    private static readonly string[] NoSuchTheme = ["no-such-theme"];
    private static readonly string[] Fees = ["fees"];
    private static readonly string[] FirstRecommendation = ["KN-01"];

    [Fact]
    public async Task Opinions_AreListed_WithCitizensAnonymised_AndAnOrganisationNamed()
    {
        var (id, inputs) = await ConsultationWithOpinionsAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using var opinions = JsonDocument.Parse(await group.GetStringAsync(Url(id, "opinions")));

        var entries = opinions.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, entries.Count);
        Assert.Equal(inputs[0].ToString("D"), entries[0].GetProperty("opinion").GetProperty("id").GetString());
        Assert.StartsWith("Người dân (", entries[0].GetProperty("opinion").GetProperty("sourceLabel").GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Hội Nông dân xã", entries[2].GetProperty("opinion").GetProperty("sourceLabel").GetProperty("vi").GetString());
        Assert.DoesNotContain("Nguyễn", opinions.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.All(entries, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("disposition").ValueKind));
    }

    [Fact]
    public async Task NotTakenUp_WithoutExplanation_IsRefusedWithCE8701_AndNothingIsStored()
    {
        var (id, inputs) = await ConsultationWithOpinionsAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using var refused = await group.PostAsJsonAsync(Url(id, "dispositions"), new { opinionIds = new[] { inputs[0].ToString() }, kind = "notTakenUp" });

        await ProblemJson.AssertAsync(refused, HttpStatusCode.UnprocessableEntity, "CE8701");
        using var progress = JsonDocument.Parse(await group.GetStringAsync(Url(id, "progress")));
        Assert.Equal(0, progress.RootElement.GetProperty("dispositioned").GetInt32());
    }

    [Fact]
    public async Task IdenticalOpinions_AreSuggestedAsAGroup_DispositionedTogether_AndProgressReachesComplete()
    {
        var (id, inputs) = await ConsultationWithOpinionsAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using var suggestions = JsonDocument.Parse(await group.GetStringAsync(Url(id, "opinions/groups")));
        var suggested = Assert.Single(suggestions.RootElement.EnumerateArray().ToList()).GetProperty("opinionIds").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal([inputs[0].ToString("D"), inputs[1].ToString("D")], suggested);

        (await PostOkAsync(group, Url(id, "dispositions"), new { opinionIds = suggested, kind = "takenUp" })).Dispose();
        using (var progress = JsonDocument.Parse(await group.GetStringAsync(Url(id, "progress"))))
        {
            Assert.Equal(4, progress.RootElement.GetProperty("total").GetInt32());
            Assert.Equal(2, progress.RootElement.GetProperty("dispositioned").GetInt32());
            Assert.Equal(2, progress.RootElement.GetProperty("byKind").GetProperty("TakenUp").GetInt32());
            Assert.False(progress.RootElement.GetProperty("complete").GetBoolean());
        }

        (await PostOkAsync(group, Url(id, "dispositions"), new { opinionIds = new[] { inputs[2].ToString() }, kind = "notTakenUp", explanation = "Thuộc thẩm quyền của Trung ương." })).Dispose();
        (await PostOkAsync(group, Url(id, "dispositions"), new { opinionIds = new[] { inputs[3].ToString() }, kind = "outOfScope" })).Dispose();
        using (var progress = JsonDocument.Parse(await group.GetStringAsync(Url(id, "progress"))))
        {
            Assert.True(progress.RootElement.GetProperty("complete").GetBoolean());
        }

        using var register = JsonDocument.Parse(await group.GetStringAsync(Url(id, "explanation")));
        var rows = register.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal("NH-01", rows[0].GetProperty("group").GetString());
        Assert.Equal("NH-01", rows[1].GetProperty("group").GetString());
        Assert.Equal("Thuộc thẩm quyền của Trung ương.", rows[2].GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task RecommendationEvidence_MustNameExistingThemesAndInputs()
    {
        var (id, inputs) = await ConsultationWithOpinionsAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using (var theme = await group.PostAsJsonAsync(Url(id, "recommendations"), new { text = "Giảm phí", themeIds = NoSuchTheme }))
        {
            await ProblemJson.AssertAsync(theme, HttpStatusCode.UnprocessableEntity, "CE8705");
        }

        using (var input = await group.PostAsJsonAsync(Url(id, "recommendations"), new { text = "Giảm phí", inputIds = new[] { Guid.NewGuid() } }))
        {
            await ProblemJson.AssertAsync(input, HttpStatusCode.UnprocessableEntity, "CE8705");
        }

        using var created = await PostOkAsync(group, Url(id, "recommendations"), new { text = "Giảm phí", addressedTo = "UBND tỉnh", themeIds = Fees, inputIds = new[] { inputs[2] } });
        Assert.Equal("KN-01", created.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ADecision_FollowsItsStatuses_IllegalMovesAreRefused_AndTracesWalkBothWays()
    {
        var (id, inputs) = await ConsultationWithOpinionsAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);
        using var committee = await fixture.ClientAsync(Roles.StandingCommittee);
        (await PostOkAsync(group, Url(id, "recommendations"), new { text = "Giảm phí gửi xe", themeIds = Fees })).Dispose();
        (await PostOkAsync(group, Url(id, "recommendations/KN-01/responses"), new { kind = "partlyAccepted", text = "Sở Y tế sẽ rà soát mức phí.", responder = "Sở Y tế" })).Dispose();
        (await PostOkAsync(committee, Url(id, "decisions"), new { kind = "amend", title = "Sửa nghị quyết về phí", recommendationIds = FirstRecommendation })).Dispose();

        using (var skip = await committee.PostAsJsonAsync(Url(id, "decisions/QD-01/status"), new { status = "adopted", resolutionNumber = "15/2027/NQ-HĐND", resolutionDate = "2027-03-10" }))
        {
            await ProblemJson.AssertAsync(skip, HttpStatusCode.Conflict, "CE8707");
        }

        (await PostOkAsync(committee, Url(id, "decisions/QD-01/status"), new { status = "accepted" })).Dispose();
        (await PostOkAsync(committee, Url(id, "decisions/QD-01/status"), new { status = "inDrafting" })).Dispose();
        using (var bare = await committee.PostAsJsonAsync(Url(id, "decisions/QD-01/status"), new { status = "adopted" }))
        {
            await ProblemJson.AssertAsync(bare, HttpStatusCode.UnprocessableEntity, "CE8708");
        }

        using var adopted = await PostOkAsync(committee, Url(id, "decisions/QD-01/status"), new { status = "adopted", resolutionNumber = "15/2027/NQ-HĐND", resolutionDate = "2027-03-10" });
        Assert.Equal(["Proposed", "Accepted", "InDrafting", "Adopted"], adopted.RootElement.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));

        // Forward: the input coded "fees" → KN-01 (through its theme) → its response → QD-01.
        using var forward = JsonDocument.Parse(await group.GetStringAsync(Url(id, $"trace/inputs/{inputs[2]}")));
        var recommendation = Assert.Single(forward.RootElement.GetProperty("recommendations").EnumerateArray().ToList());
        Assert.Equal(["theme:fees"], recommendation.GetProperty("via").EnumerateArray().Select(v => v.GetString()));
        Assert.Single(recommendation.GetProperty("responses").EnumerateArray());
        Assert.Equal("QD-01", Assert.Single(recommendation.GetProperty("decisions").EnumerateArray().ToList()).GetProperty("id").GetString());

        // Back: QD-01 → KN-01 → the inputs coded to its theme.
        using var back = JsonDocument.Parse(await group.GetStringAsync(Url(id, "trace/decisions/QD-01")));
        var evidence = Assert.Single(back.RootElement.GetProperty("recommendations").EnumerateArray().ToList());
        Assert.Equal([inputs[2], inputs[3]], evidence.GetProperty("themeInputs").EnumerateArray().Select(i => i.GetProperty("inputId").GetGuid()));

        using var register = JsonDocument.Parse(await group.GetStringAsync(Url(id, "decision-register")));
        var row = Assert.Single(register.RootElement.GetProperty("rows").EnumerateArray().ToList());
        Assert.Equal("15/2027/NQ-HĐND", row.GetProperty("decision").GetProperty("resolutionNumber").GetString());
    }

    [Fact]
    public async Task TheExecutive_ReadsTheRegisters_ButCannotChangeThem()
    {
        var (id, inputs) = await ConsultationWithOpinionsAsync();
        using var executive = await fixture.ClientAsync(Roles.Executive);

        using var read = await executive.GetAsync(Url(id, "explanation"));
        using var write = await executive.PostAsJsonAsync(Url(id, "dispositions"), new { opinionIds = new[] { inputs[0].ToString() }, kind = "takenUp" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    private static Uri Url(Guid id, string path) => new($"api/instances/{id}/register/{path}", UriKind.Relative);

    private static async Task<JsonDocument> PostOkAsync(HttpClient client, Uri url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text);
    }

    /// <summary>
    /// A consultation with four opinions stored as the tools store them: two identical hearing opinions
    /// of citizens, one of an organisation coded "fees", one focus-group passage coded "fees".
    /// </summary>
    private async Task<(Guid Id, Guid[] Inputs)> ConsultationWithOpinionsAsync()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Phí gửi xe"));
        var data = fixture.Host.Services.GetRequiredService<IToolDataStore>();
        var at = DateTimeOffset.UtcNow;
        ConsultationInput Input(string step, string tool, string text, IReadOnlyList<string>? themes = null, object? answers = null) => new()
        {
            Id = Guid.CreateVersion7(),
            InstanceId = id,
            StepId = step,
            Tool = tool,
            Channel = InputChannel.Enumerator,
            Collector = "Nguyễn Thư Ký",
            Subject = "s1",
            Text = text,
            Themes = themes ?? [],
            Answers = answers is null ? null : JsonSerializer.SerializeToElement(answers),
            SubmittedAt = at,
        };

        Guid[] ids =
        [
            await AppendAsync(data, Input(Hearing, "public-hearing", "Đề nghị giảm phí gửi xe tại bệnh viện.")),
            await AppendAsync(data, Input(Hearing, "public-hearing", "đề nghị giảm phí gửi xe tại bệnh viện")),
            await AppendAsync(data, Input(Hearing, "public-hearing", "Phí hiện nay quá cao so với thu nhập nông dân.", ["fees"], new { organisation = "Hội Nông dân xã" })),
            await AppendAsync(data, Input(FocusGroups, "focus-group", "Nhiều người phải gửi xe ngoài cổng vì phí cao.", ["fees", "parking"])),
        ];
        return (id, ids);
    }

    private static async Task<Guid> AppendAsync(IToolDataStore data, ConsultationInput input)
    {
        var result = await data.Inputs(input.InstanceId, input.StepId).AppendAsync(input);
        Assert.Equal(AppendStatus.Stored, result.Status);
        return input.Id;
    }
}

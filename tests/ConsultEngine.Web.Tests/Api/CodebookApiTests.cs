using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Runtime.Tools;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>
/// The consultation codebook over the API on the host's SQLite file: six opinions from two tool steps are
/// coded by a primary coder (the Working Group), a sample is drawn, a second coder (the Council Office)
/// codes it blind, and the agreement is checked against values worked out by hand.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class CodebookApiTests(WebHostFixture fixture)
{
    private const string Hearing = "run-public-hearing";
    private const string FocusGroups = "run-focus-groups";
    private static readonly string[] Fees = ["fees"];

    [Fact]
    public async Task Import_SeedsTheCodebookFromTheThemesTheToolsCodedTo()
    {
        var (id, _) = await ConsultationWithOpinionsAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using var added = await PostOkAsync(group, Url(id, "import"), new { });

        var theme = Assert.Single(added.RootElement.EnumerateArray().ToList());
        Assert.Equal("safety", theme.GetProperty("id").GetString());
        Assert.Equal(Hearing, theme.GetProperty("importedFrom").GetString());
    }

    [Fact]
    public async Task TheSecondCoder_SeesNoPrimaryCoding_AndThePrimaryCoderCannotSecondCode()
    {
        var (id, inputs) = await CodedByThePrimaryCoderAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);
        (await PostOkAsync(group, Url(id, "sample"), new { share = 1.0, seed = 7 })).Dispose();

        var queue = await office.GetStringAsync(Url(id, "second-coding"));

        using (var json = JsonDocument.Parse(queue))
        {
            var items = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(6, items.Count);
            Assert.All(items, item =>
            {
                Assert.Equal(["id", "stepId", "tool", "text", "sourceLabel", "myThemes"], item.EnumerateObject().Select(p => p.Name));
                Assert.Equal(JsonValueKind.Null, item.GetProperty("myThemes").ValueKind);
            });
        }

        // Neither the primary coder's themes nor a tool's own coding (the third opinion carries "safety") reaches the second coder.
        Assert.DoesNotContain("fees", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("safety", queue, StringComparison.Ordinal);

        using var coded = await PostOkAsync(office, Url(id, "second-coding"), new { opinionId = inputs[0].ToString("D"), themeIds = Fees });
        Assert.Equal(["opinionId", "themeIds", "coder", "codedAt"], coded.RootElement.EnumerateObject().Select(p => p.Name));

        using var self = await group.PostAsJsonAsync(Url(id, "second-coding"), new { opinionId = inputs[1].ToString("D"), themeIds = Array.Empty<string>() });
        await ProblemJson.AssertAsync(self, HttpStatusCode.Conflict, "CE8755");
    }

    /// <summary>
    /// The fixed data set, six opinions, themes "fees" and "safety" (P = primary coder, S = second coder):
    /// <code>
    /// opinion  1      2             3       4      5      6
    /// P        fees   fees,safety   safety  —      fees   fees
    /// S        fees   fees          safety  fees   —      fees
    /// </code>
    /// fees:   both yes 3 (1,2,6), P only 1 (5), S only 1 (4), both no 1 (3); p_o = 4/6;
    ///         P and S each say yes 4/6, so p_e = (4/6)(4/6) + (2/6)(2/6) = 20/36; κ = (24/36 − 20/36) / (16/36) = 0.25 (fair).
    /// safety: both yes 1 (3), P only 1 (2), S only 0, both no 4; p_o = 5/6 = 30/36;
    ///         P says yes 2/6, S 1/6, so p_e = (2/6)(1/6) + (4/6)(5/6) = 22/36; κ = (30 − 22) / (36 − 22) = 8/14 = 0.5714 (moderate).
    /// pooled: p̄_o = (24/36 + 30/36) / 2 = 27/36, p̄_e = (20/36 + 22/36) / 2 = 21/36; κ = (27 − 21) / (36 − 21) = 0.4 (fair: 0.40 is the top of the band).
    /// Disagreements: 2 safety (given by P), 4 fees (given by S), 5 fees (given by P).
    /// </summary>
    [Fact]
    public async Task Agreement_OverAFixedDataSet_IsTheKappaWorkedOutByHand_WithItsReadingAndTheDisagreements()
    {
        var (id, inputs) = await CodedByThePrimaryCoderAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);
        (await PostOkAsync(group, Url(id, "sample"), new { count = 6 })).Dispose();
        string[][] second = [["fees"], ["fees"], ["safety"], ["fees"], [], ["fees"]];
        for (var i = 0; i < inputs.Length; i++)
        {
            (await PostOkAsync(office, Url(id, "second-coding"), new { opinionId = inputs[i].ToString("D"), themeIds = second[i] })).Dispose();
        }

        using var agreement = JsonDocument.Parse(await group.GetStringAsync(Url(id, "agreement")));

        var result = agreement.RootElement.GetProperty("result");
        Assert.Equal(6, result.GetProperty("passages").GetInt32());
        var themes = result.GetProperty("themes").EnumerateArray().ToDictionary(t => t.GetProperty("theme").GetString()!, t => t.GetProperty("agreement"));
        Assert.Equal(0.25, themes["fees"].GetProperty("kappa").GetDouble());
        Assert.Equal("Fair", themes["fees"].GetProperty("reading").GetString());
        Assert.Equal(0.5714, themes["safety"].GetProperty("kappa").GetDouble());
        Assert.Equal("Moderate", themes["safety"].GetProperty("reading").GetString());
        Assert.Equal(0.4, result.GetProperty("overall").GetProperty("kappa").GetDouble());
        Assert.Equal("Fair", result.GetProperty("overall").GetProperty("reading").GetString());

        var disagreements = agreement.RootElement.GetProperty("disagreements").EnumerateArray()
            .Select(d => (Opinion: Array.IndexOf(inputs, d.GetProperty("opinionId").GetGuid()) + 1, Theme: d.GetProperty("themeId").GetString(), Given: d.GetProperty("givenBy").GetString()))
            .OrderBy(d => d.Opinion)
            .ToList();
        var primary = disagreements.Single(d => d.Opinion == 5).Given;
        var secondCoder = disagreements.Single(d => d.Opinion == 4).Given;
        Assert.NotEqual(primary, secondCoder);
        Assert.Equal([(2, "safety", primary), (4, "fees", secondCoder), (5, "fees", primary)], disagreements);
    }

    [Fact]
    public async Task TheThemesTable_CountsEachThemeBySource_WithQuotes()
    {
        var (id, inputs) = await CodedByThePrimaryCoderAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using var table = JsonDocument.Parse(await group.GetStringAsync(Url(id, "themes?quotes=2")));

        var fees = table.RootElement.GetProperty("themes")[0];
        Assert.Equal("fees", fees.GetProperty("theme").GetProperty("id").GetString());
        Assert.Equal(4, fees.GetProperty("opinions").GetInt32());
        Assert.Equal(2, fees.GetProperty("bySource").GetProperty(Hearing).GetInt32());
        Assert.Equal(2, fees.GetProperty("bySource").GetProperty(FocusGroups).GetInt32());
        Assert.Equal([inputs[0], inputs[1]], fees.GetProperty("quotes").EnumerateArray().Select(q => Guid.Parse(q.GetProperty("opinionId").GetString()!)));
        Assert.Equal(6, table.RootElement.GetProperty("coded").GetInt32());
    }

    [Fact]
    public async Task ARecommendation_MayCiteACodebookTheme_ThatNoToolCodedTo()
    {
        var (id, _) = await CodedByThePrimaryCoderAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using var created = await PostOkAsync(group, new Uri($"api/instances/{id}/register/recommendations", UriKind.Relative), new { text = "Giảm phí gửi xe", themeIds = Fees });

        Assert.Equal("fees", created.RootElement.GetProperty("evidence").GetProperty("themeIds")[0].GetString());
    }

    [Fact]
    public async Task CodingAnOpinionTheConsultationDoesNotHave_IsRefusedWithCE8753()
    {
        var (id, _) = await ConsultationWithOpinionsAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);

        using var refused = await group.PostAsJsonAsync(Url(id, "codings"), new { opinionId = Guid.NewGuid().ToString("D"), themeIds = Array.Empty<string>() });

        await ProblemJson.AssertAsync(refused, HttpStatusCode.NotFound, "CE8753");
    }

    private static Uri Url(Guid id, string path) => new($"api/instances/{id}/codebook/{path}", UriKind.Relative);

    private static async Task<JsonDocument> PostOkAsync(HttpClient client, Uri url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text);
    }

    /// <summary>The six opinions coded by the Working Group as in the fixed data set (the theme "safety" imported, "fees" added).</summary>
    private async Task<(Guid Id, Guid[] Inputs)> CodedByThePrimaryCoderAsync()
    {
        var (id, inputs) = await ConsultationWithOpinionsAsync();
        using var group = await fixture.ClientAsync(Roles.WorkingGroup);
        (await PostOkAsync(group, Url(id, "import"), new { })).Dispose();
        (await PostOkAsync(group, Url(id, "themes"), new { id = "fees", label = new { vi = "Phí", en = "Fees" } })).Dispose();
        string[][] primary = [["fees"], ["fees", "safety"], ["safety"], [], ["fees"], ["fees"]];
        for (var i = 0; i < inputs.Length; i++)
        {
            (await PostOkAsync(group, Url(id, "codings"), new { opinionId = inputs[i].ToString("D"), themeIds = primary[i] })).Dispose();
        }

        return (id, inputs);
    }

    /// <summary>Six opinions stored as the tools store them: three of the hearing (the third coded "safety" in its step), three of the focus groups.</summary>
    private async Task<(Guid Id, Guid[] Inputs)> ConsultationWithOpinionsAsync()
    {
        var id = Consultation.Id(await Consultation.StartAsync(fixture, "Bộ mã"));
        var data = fixture.Host.Services.GetRequiredService<IToolDataStore>();
        var at = DateTimeOffset.UtcNow;
        ConsultationInput Input(string step, string tool, string text, IReadOnlyList<string>? themes = null) => new()
        {
            Id = Guid.CreateVersion7(),
            InstanceId = id,
            StepId = step,
            Tool = tool,
            Channel = InputChannel.Enumerator,
            Subject = "s1",
            Text = text,
            Themes = themes ?? [],
            SubmittedAt = at,
        };

        var ids = new List<Guid>();
        foreach (var input in new[]
        {
            Input(Hearing, "public-hearing", "Đề nghị giảm phí gửi xe tại bệnh viện."),
            Input(Hearing, "public-hearing", "Phí cao và bãi xe thiếu đèn chiếu sáng."),
            Input(Hearing, "public-hearing", "Bãi xe ban đêm không có bảo vệ.", ["safety"]),
            Input(FocusGroups, "focus-group", "Tôi đồng ý với phương án mới."),
            Input(FocusGroups, "focus-group", "Mức thu hiện nay quá cao so với thu nhập."),
            Input(FocusGroups, "focus-group", "Nên miễn phí cho người bệnh nặng."),
        })
        {
            Assert.Equal(AppendStatus.Stored, (await data.Inputs(id, input.StepId).AppendAsync(input)).Status);
            ids.Add(input.Id);
        }

        return (id, [.. ids]);
    }
}

using System.Text;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Administrative;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Survey.Tests;

/// <summary>
/// A province's commune list (the CSV it imports into the host, <c>code,name,kind</c>) used as an
/// XLSForm choice list: the plugin cannot read the host's stores, so the form carries the list in its
/// <c>choices</c> sheet (code as the choice name, name as the label) and asks <c>select_one communes</c>;
/// a response file binds the respondent's <c>commune</c> and <c>communeCode</c> from its columns.
/// </summary>
public sealed class CommuneChoiceListTests
{
    private static readonly string CommunesFile = Path.Combine(Support.Directory(), "..", "..", "definitions", "administrative", "48-da-nang.csv");

    private static IReadOnlyList<Commune> Communes => CommuneCsv.Parse(File.ReadAllBytes(CommunesFile));

    private static string FormPayload()
    {
        IReadOnlyList<IReadOnlyList<string>> survey =
        [
            ["type", "name", "label::Tiếng Việt (vi)", "label::English (en)", "required"],
            ["select_one communes", "commune", "Anh/chị sinh sống ở xã, phường, đặc khu nào?", "Which commune, ward or special zone do you live in?", "yes"],
            ["select_one agree", "agree", "Anh/chị có đồng ý với dự thảo không?", "Do you agree with the draft?", "yes"],
        ];
        IReadOnlyList<IReadOnlyList<string>> choices =
        [
            ["list_name", "name", "label::Tiếng Việt (vi)", "label::English (en)"],
            .. Communes.Select(c => (IReadOnlyList<string>)["communes", c.Code, c.Name, c.Name]),
            ["agree", "yes", "Đồng ý", "Agree"],
            ["agree", "no", "Không đồng ý", "Disagree"],
        ];
        IReadOnlyList<IReadOnlyList<string>> settings = [["form_title", "form_id", "default_language"], ["Lấy ý kiến về dự thảo Nghị quyết", "hdnd_dn_2026", "Tiếng Việt (vi)"]];
        var workbook = FormWorkbook.Write([("survey", survey), ("choices", choices), ("settings", settings)]);
        return $$"""{ "fileName": "xa-phuong.xlsx", "contentBase64": "{{Convert.ToBase64String(workbook)}}" }""";
    }

    private static async Task<ToolTestBench> ImportedAsync()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);
        var report = (await bench.ExecuteAsync("import-xlsform", FormPayload()))!.Value;
        Assert.DoesNotContain(report.GetProperty("problems").EnumerateArray(), p => p.GetProperty("severity").GetString() == "error");
        return bench;
    }

    [Fact]
    public async Task TheCommunesCsv_AsTheChoicesSheet_BecomesTheQuestionsOptionsInTheFilesOrder()
    {
        var bench = await ImportedAsync();

        var questionnaire = (await bench.ExecuteAsync("questionnaire", "{}"))!.Value.GetProperty("questionnaire");
        var commune = questionnaire.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == "commune");

        var options = commune.GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(Communes.Select(c => c.Code), options.Select(o => o.GetProperty("value").GetString()));
        Assert.Equal(Communes.Select(c => c.Name), options.Select(o => o.GetProperty("label").GetProperty("vi").GetString()));
    }

    [Fact]
    public async Task AnAnswerNamingAListedCommune_IsAccepted_AndAnAbolishedDistrictIsNot()
    {
        var bench = await ImportedAsync();

        var ward = await bench.SubmitAsync("""{ "commune": "hai-chau", "agree": "yes" }""", respondent: new RespondentAttributes { Province = "Đà Nẵng", Commune = "Hải Châu", CommuneCode = "hai-chau" });
        var district = await bench.SubmitAsync("""{ "commune": "quan-hai-chau", "agree": "yes" }""");

        Assert.True(ward.Accepted, string.Join(", ", ward.Codes));
        Assert.Equal(("Hải Châu", "hai-chau"), (ward.Result.Inputs.Single().Respondent.Commune, ward.Result.Inputs.Single().Respondent.CommuneCode));
        Assert.Equal([(SurveyCodes.OptionNotListed, "commune")], district.Result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public async Task AResponseFile_BindsTheRespondentsCommuneAndItsCode_FromItsColumns()
    {
        var bench = await ImportedAsync();
        var file = "_province,_commune,_commune_code,commune,agree\nĐà Nẵng,Sơn Trà,son-tra,son-tra,no\n";

        var report = (await bench.ExecuteAsync("import-responses", $$"""{ "fileName": "phieu.csv", "contentBase64": "{{Convert.ToBase64String(Encoding.UTF8.GetBytes(file))}}" }"""))!.Value;

        Assert.Equal(1, report.GetProperty("stored").GetInt32());
        var input = Assert.Single(await bench.Inputs.ReadAsync(InputQuery.All));
        Assert.Equal(new RespondentAttributes { Province = "Đà Nẵng", Commune = "Sơn Trà", CommuneCode = "son-tra" }, input.Respondent);
        Assert.Equal("son-tra", input.Answers!.Value.GetProperty("commune").GetString());
        Assert.Equal(1, await bench.Inputs.CountAsync(new InputQuery { Respondent = ("commune", "Sơn Trà") }));
    }

    [Fact]
    public void TheShippedExample_IsAValidCommuneList() =>
        Assert.Contains(Communes, c => c is { Name: "Hoàng Sa", Kind: CommuneKind.SpecialZone });
}

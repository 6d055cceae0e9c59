using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey;
using ConsultEngine.Plugins.Survey.XlsForm;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class XlsFormImportTests
{
    private const string Form = "street-vending";

    private static readonly string[] LanguageNames = ["Tiếng Việt (vi)", "English (en)", "English", "Tiếng Việt", "Khmer (km)"];

    private const string Vendor = """
        { "commune": "son_tra", "quarter": "st_tdp2", "age": 46, "is_vendor": "yes", "years_vending": 20, "income_share": "most", "support_overall": "2" }
        """;

    private static async Task<(ToolTestBench Bench, System.Text.Json.JsonElement Report)> ImportedAsync()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);
        var report = await bench.ExecuteAsync("import-xlsform", XlsFormSource.Base64Payload(Form));
        return (bench, report!.Value);
    }

    [Fact]
    public void CheckedInWorkbook_MatchesItsReadableSource()
    {
        if (Environment.GetEnvironmentVariable("SURVEY_REGENERATE_FORMS") == "true")
        {
            File.WriteAllBytes(XlsFormSource.WorkbookPath(Form), XlsFormSource.Generate(Form));
        }

        var workbook = FormWorkbook.Read(File.ReadAllBytes(XlsFormSource.WorkbookPath(Form)));

        Assert.Equal(XlsFormSource.Sheets, workbook.Keys);
        Assert.Equal(XlsFormSource.Describe(XlsFormSource.Read(Form)), XlsFormSource.Describe(workbook));
    }

    [Fact]
    public async Task Import_HandWrittenForm_ImportsTheMappableRowsAndReportsTheOthersByRow()
    {
        var (_, report) = await ImportedAsync();

        Assert.Equal(16, report.GetProperty("questionsImported").GetInt32());
        Assert.Equal(
            ["intro", "commune", "quarter", "age", "is_vendor", "years_vending", "income_share", "support_overall", "concerns", "concerns_other", "fee_per_m2", "trust", "priorities", "heard_on", "is_senior", "comment"],
            report.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        Assert.Equal(["vi", "en"], report.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(
            [
                ("survey!2", SurveyCodes.XlsFormMetadataSkipped, "warning"),
                ("survey!19", SurveyCodes.XlsFormTypeUnsupported, "error"),
                ("survey!20", SurveyCodes.XlsFormChoiceListMissing, "error"),
                ("survey!21", SurveyCodes.XlsFormExpressionUnsupported, "error"),
                ("survey!24", SurveyCodes.XlsFormMetadataSkipped, "warning"),
            ],
            report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("path").GetString(), p.GetProperty("code").GetString(), p.GetProperty("severity").GetString())));
    }

    [Fact]
    public async Task Import_MapsTypesAppearancesAndLabelsInBothLanguages()
    {
        var (bench, _) = await ImportedAsync();

        var questionnaire = (await bench.ExecuteAsync("questionnaire", "{}"))!.Value.GetProperty("questionnaire");
        var questions = questionnaire.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("id").GetString()!);

        Assert.Equal("likert", questions["support_overall"].GetProperty("type").GetString());
        Assert.Equal("long-text", questions["comment"].GetProperty("type").GetString());
        Assert.Equal("ranking", questions["priorities"].GetProperty("type").GetString());
        Assert.Equal((1, 5, true), (questions["trust"].GetProperty("min").GetInt32(), questions["trust"].GetProperty("max").GetInt32(), questions["trust"].GetProperty("integer").GetBoolean()));
        Assert.Equal("How old are you?", questions["age"].GetProperty("label").GetProperty("en").GetString());
        Assert.Equal("Anh/chị bao nhiêu tuổi?", questions["age"].GetProperty("label").GetProperty("vi").GetString());
        Assert.Equal("vendor_block", questions["years_vending"].GetProperty("group").GetString());
        Assert.Equal("(self.commune ?? '') == (answers.commune ?? '')", questions["quarter"].GetProperty("choiceFilter").GetString());
        Assert.Equal("hdnd_dn_via_he_2026", questionnaire.GetProperty("formId").GetString());
    }

    [Fact]
    public async Task ImportedForm_AcceptsAVendorsResponse()
    {
        var (bench, _) = await ImportedAsync();

        var result = await bench.SubmitAsync(Support.With(Vendor, "concerns", """["livelihood", "fee"]"""));

        Assert.True(result.Accepted, string.Join(", ", result.Codes));
        Assert.Equal("no", result.Stored().GetProperty("is_senior").GetString());
    }

    [Fact]
    public async Task ImportedForm_GroupSkipLogic_RequiresVendorQuestionsOfVendorsOnly()
    {
        var (bench, _) = await ImportedAsync();

        var vendorWithout = await bench.SubmitAsync(Support.With(Vendor, "years_vending", "null"));
        var resident = await bench.SubmitAsync(Support.With(Support.With(Vendor, "is_vendor", "\"no\""), "age", "67"));

        Assert.Equal([(SurveyCodes.RequiredMissing, "years_vending")], vendorWithout.Result.Problems.Select(p => (p.Code, p.Path)));
        Assert.True(resident.Accepted);
        Assert.Equal([SurveyCodes.NotRelevantDropped, SurveyCodes.NotRelevantDropped], resident.Codes);
        Assert.Equal("yes", resident.Stored().GetProperty("is_senior").GetString());
    }

    [Fact]
    public async Task ImportedForm_SelectedSkipLogic_RequiresTheOtherConcern()
    {
        var (bench, _) = await ImportedAsync();

        var result = await bench.SubmitAsync(Support.With(Vendor, "concerns", """["other"]"""));

        Assert.Equal([(SurveyCodes.RequiredMissing, "concerns_other")], result.Result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Theory]
    [InlineData("age", "101", "Người trả lời phải từ 18 đến 100 tuổi.")]
    [InlineData("years_vending", "40", "Số năm bán hàng không hợp lý so với tuổi.")]
    [InlineData("concerns", """["livelihood", "sidewalk", "hygiene", "fee"]""", "Chỉ chọn tối đa 3 điều.")]
    [InlineData("fee_per_m2", "750.5", "Mức phí từ 0 đến 500 nghìn đồng.")]
    public async Task ImportedForm_Constraint_RefusesWithItsVietnameseMessage(string question, string value, string message)
    {
        var (bench, _) = await ImportedAsync();

        var result = await bench.SubmitAsync(Support.With(Vendor, question, value));

        var problem = Assert.Single(result.Result.Problems);
        Assert.Equal((SurveyCodes.ConstraintFailed, question, message), (problem.Code, problem.Path, problem.Message));
    }

    [Fact]
    public async Task ImportedForm_ChoiceFilter_RefusesAResidentialGroupOfAnotherWard()
    {
        var (bench, _) = await ImportedAsync();

        var result = await bench.SubmitAsync(Support.With(Vendor, "quarter", "\"hc_tdp1\""));

        Assert.Equal([(SurveyCodes.OptionFilteredOut, "quarter")], result.Result.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public async Task Import_NotAWorkbook_IsRefused()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);

        var error = await Support.Refused(() => bench.ExecuteAsync("import-xlsform", """{ "fileName": "form.xlsx", "contentBase64": "bm90IGEgd29ya2Jvb2s=" }"""));

        Assert.Equal(SurveyCodes.XlsFormUnreadable, error.Code);
    }

    [Fact]
    public async Task Import_NoMappableRow_IsRefusedAndKeepsTheQuestionnaire()
    {
        var bench = await Support.BenchAsync();
        var workbook = FormWorkbook.Write([("survey", [["type", "name", "label"], ["geopoint", "where", "Ở đâu"], ["select_one nowhere", "which", "Cái nào"]])]);

        var error = await Support.Refused(() => bench.ExecuteAsync("import-xlsform", $$"""{ "contentBase64": "{{Convert.ToBase64String(workbook)}}" }"""));
        var kept = await bench.ExecuteAsync("questionnaire", "{}");

        Assert.Equal(SurveyCodes.XlsFormNothingImported, error.Code);
        Assert.Equal([("survey!2", SurveyCodes.XlsFormTypeUnsupported), ("survey!3", SurveyCodes.XlsFormChoiceListMissing)], error.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal(1, kept!.Value.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Import_RowProblems_NamesAndGroupsAndReferences()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);
        var workbook = FormWorkbook.Write([("survey",
        [
            ["type", "name", "label", "relevant", "required"],
            ["text", "ok", "Được", string.Empty, "yes"],
            ["text", "2bad", "Tên sai"],
            ["text", "ok", "Trùng tên"],
            ["text", "ref", "Tham chiếu", "${missing} = 'x'"],
            ["end_group"],
            ["begin_repeat", "members", "Thành viên"],
            ["text", "member_name", "Tên"],
            ["end_repeat"],
            ["text", "cond", "Có điều kiện", string.Empty, "${ok} != ''"],
        ])]);

        var report = (await bench.ExecuteAsync("import-xlsform", $$"""{ "contentBase64": "{{Convert.ToBase64String(workbook)}}" }"""))!.Value;

        Assert.Equal(
            [
                ("survey!3", SurveyCodes.XlsFormNameInvalid), ("survey!4", SurveyCodes.XlsFormDuplicateName), ("survey!5", SurveyCodes.XlsFormUnknownReference),
                ("survey!6", SurveyCodes.XlsFormGroupUnbalanced), ("survey!7", SurveyCodes.XlsFormTypeUnsupported), ("survey!8", SurveyCodes.XlsFormTypeUnsupported),
                ("survey!10", SurveyCodes.XlsFormExpressionUnsupported),
            ],
            report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("path").GetString(), p.GetProperty("code").GetString())));
        Assert.Equal(["ok", "cond"], report.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("${a} = 'yes' and ${b} > 3", "(answers.a ?? '') == \"yes\" && (answers.b ?? '') > 3")]
    [InlineData("not(selected(${a}, 'x')) or count-selected(${a}) >= 2", "!([].concat((answers.a ?? '') === '' ? [] : (answers.a ?? '')).map(String).includes(String(\"x\"))) || [].concat((answers.a ?? '') === '' ? [] : (answers.a ?? '')).length >= 2")]
    [InlineData("string-length(.) <= 10", "String((self ?? '')).length <= 10")]
    [InlineData(". >= 1 and (. <= ${b} - 1)", "(self ?? '') >= 1 && ((self ?? '') <= Number((answers.b ?? '')) - Number(1))")]
    [InlineData("${a} div 2 != 1.5", "Number((answers.a ?? '')) / Number(2) != 1.5")]
    public void Translate_SupportedExpressions(string xpath, string javaScript)
    {
        Assert.Equal(javaScript, ExpressionTranslator.Translate(xpath, _ => true));
    }

    [Theory]
    [InlineData("today() > ${a}", SurveyCodes.XlsFormExpressionUnsupported)]
    [InlineData("jr:choice-name(${a}, '${a}')", SurveyCodes.XlsFormExpressionUnsupported)]
    [InlineData("/data/a = 1", SurveyCodes.XlsFormExpressionUnsupported)]
    [InlineData("${a} = ", SurveyCodes.XlsFormExpressionUnsupported)]
    [InlineData("${zzz} = 1", SurveyCodes.XlsFormUnknownReference)]
    public void Translate_UnsupportedExpressions_RaiseTheirCode(string xpath, string code)
    {
        var error = Assert.Throws<TranslationException>(() => ExpressionTranslator.Translate(xpath, name => name == "a"));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void LanguageColumns_MapToTheirCodes()
    {
        Assert.Equal(
            ["vi", "en", "en", "vi", "km"],
            LanguageNames.Select(XlsFormImporter.LanguageCode));
    }

    [Fact]
    public async Task ImportedForm_HiddenAnswerIsDroppedNotStored()
    {
        var (bench, _) = await ImportedAsync();

        var result = await bench.SubmitAsync(Support.With(Vendor, "concerns_other", "\"Tiếng ồn\""));

        Assert.True(result.Accepted);
        Assert.Equal([(SurveyCodes.NotRelevantDropped, "concerns_other", ProblemSeverity.Warning)], result.Result.Problems.Select(p => (p.Code, p.Path, p.Severity)));
        Assert.False(result.Stored().TryGetProperty("concerns_other", out _));
    }
}

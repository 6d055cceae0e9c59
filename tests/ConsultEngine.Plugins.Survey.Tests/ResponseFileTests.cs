using System.Text;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey;
using ConsultEngine.Plugins.Survey.Files;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class ResponseFileTests
{
    private const string CsvFile = """"
        _commune,_gender,_age_band,ward,uses_bus,group_rider/trips_per_week,fare_support,reasons,comment,_submitted_at,tablet_serial
        Ba Đình,female,30-44,ba_dinh,yes,10,4,price frequency,"Cần thêm xe buýt điện, ít khói bụi",2026-01-04T09:15:00+07:00,T-01
        Cầu Giấy,male,18-29,cau_giay,no,,9,,,2026-01-04T10:00:00+07:00,T-01
        Hoàn Kiếm,male,60+,hoan_kiem,no,,5,comfort,"Người cao tuổi nên được miễn vé ""hoàn toàn""",2026-01-04T11:30:00+07:00,T-02
        """";

    private static string Payload(string fileName, byte[] content) =>
        $$"""{ "fileName": "{{fileName}}", "contentBase64": "{{Convert.ToBase64String(content)}}" }""";

    private static async Task<ToolTestBench> WithResponsesAsync()
    {
        var bench = await Support.BenchAsync();
        await bench.SubmitAsync(
            """{ "ward": "hoan_kiem", "uses_bus": "yes", "trips_per_week": 12, "monthly_pass": "yes", "fare_support": "5", "reasons": ["frequency", "comfort"], "fair_fare": 7000, "priorities": ["frequency", "routes", "price"], "started_on": "2019-08-15", "comment": "Xe buýt cần đúng giờ hơn, nhất là giờ cao điểm; \"trạm chờ\" cần mái che." }""",
            respondent: new RespondentAttributes { Commune = "Hoàn Kiếm", Gender = "female", AgeBand = "45-59", Ethnicity = "Kinh" });
        await bench.SubmitAsync(Support.Minimal, InputChannel.Enumerator, new RespondentAttributes { Commune = "Ba Đình", Gender = "male" }, actor: "dtv.tranthibinh");
        return bench;
    }

    [Fact]
    public async Task ImportCsv_StoresGoodRowsAndReportsTheBadRowByNumber()
    {
        var bench = await Support.BenchAsync();

        var report = (await bench.ExecuteAsync("import-responses", Payload("khao-sat-phuong.csv", Encoding.UTF8.GetBytes(CsvFile))))!.Value;

        Assert.Equal((3, 2, 1), (report.GetProperty("rows").GetInt32(), report.GetProperty("stored").GetInt32(), report.GetProperty("refused").GetInt32()));
        Assert.Equal(
            [("csv!1/tablet_serial", SurveyCodes.ColumnIgnored), ("csv!3/fare_support", SurveyCodes.OptionNotListed), ("csv!3", SurveyCodes.RowRefused)],
            report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("path").GetString(), p.GetProperty("code").GetString())));
        var inputs = await bench.Inputs.ReadAsync(InputQuery.All);
        Assert.All(inputs, i => Assert.Equal((InputChannel.Import, "khao-sat-phuong.csv"), (i.Channel, i.Collector)));
        Assert.Equal(new RespondentAttributes { Commune = "Ba Đình", Gender = "female", AgeBand = "30-44" }, inputs[0].Respondent);
        Assert.Equal(new DateTimeOffset(2026, 1, 4, 9, 15, 0, TimeSpan.FromHours(7)), inputs[0].SubmittedAt);
        Assert.Equal(10, inputs[0].Answers!.Value.GetProperty("trips_per_week").GetInt32());
        Assert.Equal(["price", "frequency"], inputs[0].Answers!.Value.GetProperty("reasons").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Người cao tuổi nên được miễn vé \"hoàn toàn\"", inputs[1].Answers!.Value.GetProperty("comment").GetString());
    }

    [Fact]
    public async Task ImportXlsx_StoresGoodRowsAndReportsTheBadRowByNumber()
    {
        var bench = await Support.BenchAsync();
        var workbook = FormWorkbook.Write([("Phiếu", [
            ["_commune", "ward", "uses_bus", "trips_per_week", "fare_support"],
            ["Ba Đình", "ba_dinh", "yes", "2.5", "3"],
            ["Ba Đình", "ba_dinh", "yes", "3", "3"],
        ])]);

        var report = (await bench.ExecuteAsync("import-responses", Payload("doi-1.xlsx", workbook)))!.Value;

        Assert.Equal((2, 1, 1), (report.GetProperty("rows").GetInt32(), report.GetProperty("stored").GetInt32(), report.GetProperty("refused").GetInt32()));
        Assert.Equal(
            [("Phiếu!2/trips_per_week", SurveyCodes.NumberOutOfRange), ("Phiếu!2", SurveyCodes.RowRefused)],
            report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("path").GetString(), p.GetProperty("code").GetString())));
        Assert.Equal("xlsx", report.GetProperty("format").GetString());
    }

    [Fact]
    public async Task ImportResponses_Unreadable_IsRefused()
    {
        var bench = await Support.BenchAsync();

        var notBase64 = await Support.Refused(() => bench.ExecuteAsync("import-responses", """{ "fileName": "a.csv", "contentBase64": "%%%" }"""));
        var badWorkbook = await Support.Refused(() => bench.ExecuteAsync("import-responses", Payload("a.xlsx", [0x50, 0x4B, 1, 2])));

        Assert.Equal(SurveyCodes.FileUnreadable, notBase64.Code);
        Assert.Equal(SurveyCodes.FileUnreadable, badWorkbook.Code);
    }

    [Fact]
    public async Task ExportCsv_IsUtf8WithBomOneRowPerInput()
    {
        var bench = await WithResponsesAsync();

        var export = (await bench.ExecuteAsync("export", """{ "format": "csv", "personal": true }"""))!.Value;
        var bytes = Convert.FromBase64String(export.GetProperty("contentBase64").GetString()!);
        var rows = Csv.Read(bytes);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(2, export.GetProperty("rows").GetInt32());
        Assert.Equal(
            ["_id", "_submitted_at", "_channel", "_collector", "_flags", "_province", "_commune", "_commune_code", "_district", "_gender", "_age_band", "_ethnicity", "_occupation",
             "ward", "uses_bus", "trips_per_week", "monthly_pass", "fare_support", "reasons", "reasons_other", "fair_fare", "priorities", "started_on", "heavy_user", "comment", "_text"],
            rows[0].Cells);
        var first = rows[0].Cells.Zip(rows[1].Cells).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(("web", "Hoàn Kiếm", "frequency comfort", "frequency routes price", "12", "7000", "yes"), (first["_channel"], first["_commune"], first["reasons"], first["priorities"], first["trips_per_week"], first["fair_fare"], first["heavy_user"]));
        Assert.Equal("Xe buýt cần đúng giờ hơn, nhất là giờ cao điểm; \"trạm chờ\" cần mái che.", first["comment"]);
        var second = rows[0].Cells.Zip(rows[2].Cells).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(("enumerator", "dtv.tranthibinh", string.Empty), (second["_channel"], second["_collector"], second["_flags"]));
    }

    [Fact]
    public async Task Export_WithoutPersonal_LeavesTheAttributesAndTheFreeTextOut()
    {
        var bench = await WithResponsesAsync();

        var export = (await bench.ExecuteAsync("export", """{ "format": "csv" }"""))!.Value;
        var rows = Csv.Read(Convert.FromBase64String(export.GetProperty("contentBase64").GetString()!));

        Assert.Equal(
            ["_id", "_submitted_at", "_channel", "_collector", "_flags",
             "ward", "uses_bus", "trips_per_week", "monthly_pass", "fare_support", "reasons", "reasons_other", "fair_fare", "priorities", "started_on", "heavy_user", "comment"],
            rows[0].Cells);
        Assert.DoesNotContain(rows.Skip(1), r => r.Cells.Contains("Hoàn Kiếm"));
    }

    [Fact]
    public async Task ExportCsv_ImportedAgain_GivesTheSameAnswers() => await RoundTripAsync("csv");

    [Fact]
    public async Task ExportXlsx_ImportedAgain_GivesTheSameAnswers() => await RoundTripAsync("xlsx");

    [Fact]
    public async Task ExportXlsx_ReadBackWithOpenXml_HoldsEveryCell()
    {
        var bench = await WithResponsesAsync();

        var export = (await bench.ExecuteAsync("export", """{ "format": "xlsx", "personal": true }"""))!.Value;
        var sheet = FormWorkbook.Read(Convert.FromBase64String(export.GetProperty("contentBase64").GetString()!))["responses"];

        Assert.Equal("tool-step.xlsx", export.GetProperty("fileName").GetString());
        Assert.Equal(3, sheet.Count);
        var row = sheet[0].Zip(sheet[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(("Hoàn Kiếm", "frequency comfort", "12", "2019-08-15"), (row["_commune"], row["reasons"], row["trips_per_week"], row["started_on"]));
    }

    [Fact]
    public async Task Export_CountedOnly_LeavesPilotInputsOut()
    {
        var bench = await Support.BenchAsync("""{ "pilot": true }""");
        await bench.SubmitAsync(Support.Minimal);

        var all = (await bench.ExecuteAsync("export", """{ "format": "csv" }"""))!.Value;
        var counted = (await bench.ExecuteAsync("export", """{ "format": "csv", "countedOnly": true }"""))!.Value;

        Assert.Equal((1, 0), (all.GetProperty("rows").GetInt32(), counted.GetProperty("rows").GetInt32()));
        Assert.Contains(",pilot,", Encoding.UTF8.GetString(Convert.FromBase64String(all.GetProperty("contentBase64").GetString()!)), StringComparison.Ordinal);
    }

    private static async Task RoundTripAsync(string format)
    {
        var source = await WithResponsesAsync();
        var export = (await source.ExecuteAsync("export", $$"""{ "format": "{{format}}", "personal": true }"""))!.Value;
        var target = await Support.BenchAsync();

        var report = (await target.ExecuteAsync("import-responses", Payload(export.GetProperty("fileName").GetString()!, Convert.FromBase64String(export.GetProperty("contentBase64").GetString()!))))!.Value;

        Assert.Equal(0, report.GetProperty("refused").GetInt32());
        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        var before = await source.Inputs.ReadAsync(InputQuery.All);
        var after = await target.Inputs.ReadAsync(InputQuery.All);
        Assert.Equal(before.Select(i => JsonSerializer.Serialize(i.Answers)), after.Select(i => JsonSerializer.Serialize(i.Answers)));
        Assert.Equal(before.Select(i => i.Respondent), after.Select(i => i.Respondent));
        Assert.Equal(before.Select(i => i.SubmittedAt), after.Select(i => i.SubmittedAt));
    }
}

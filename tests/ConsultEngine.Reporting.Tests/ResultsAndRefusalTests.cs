using System.Text;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Reporting.Results;

namespace ConsultEngine.Reporting.Tests;

public sealed class ResultsAndRefusalTests(StandardConsultation consultation) : IClassFixture<StandardConsultation>
{
    private static readonly string[] FreeText = ["Đề nghị thu gom đúng giờ hơn.", "Hộ nghèo cần được miễn phí.", "Nhà chật, không có chỗ để nhiều thùng rác.", "Nguyễn Văn An", "0912345600"];

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task TheOpenResults_HoldNoFreeTextAndNoPersonalData(string format)
    {
        var results = await consultation.Reports.ResultsAsync(consultation.InstanceId);

        var text = Encoding.UTF8.GetString(OpenResultsWriter.Write(results, format));
        Assert.All(FreeText, t => Assert.DoesNotContain(t, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Nghi Lộc", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenResults_CountWhatTheAnalysisCounts()
    {
        var analysis = await consultation.Reports.AnalyseAsync(consultation.InstanceId);
        var results = await consultation.Reports.ResultsAsync(consultation.InstanceId);

        Assert.Equal(analysis.Total, results.Total);
        var poll = results.Steps.Single(s => s.StepId == "run-online-poll");
        var option = poll.Questions.Single().Options.Single(o => o.Value == "pa1");
        Assert.Equal((5, 0.625), (option.Count, option.Share));
        var csv = OpenResultsWriter.Csv(results);
        Assert.Contains("option,run-online-poll,online-poll,phuong-an,pa1,Phương án 1: 20.000 đồng/hộ/tháng,Option 1: VND 20000,,,5,0.625,", csv.Replace("\"Option 1: VND 20,000\"", "Option 1: VND 20000", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownInstance_IsRefusedWithTheEnginesCode()
    {
        var error = await Assert.ThrowsAsync<ReportException>(() => consultation.Reports.BuildReportAsync(Guid.NewGuid()));

        Assert.Equal("CE8002", error.Code);
    }

    [Fact]
    public async Task AnUnknownLanguage_IsRefusedWithCE8902()
    {
        var error = await Assert.ThrowsAsync<ReportException>(() => consultation.Reports.BuildReportAsync(consultation.InstanceId, new ReportOptions { Language = "fr" }));

        Assert.Equal(ReportCodes.UnknownLanguage, error.Code);
    }

    [Fact]
    public void AnUnknownResultsFormat_IsRefusedWithCE8901()
    {
        var results = new OpenResults { InstanceId = Guid.NewGuid(), DefinitionId = "d", DefinitionVersion = 1, GeneratedAt = DateTimeOffset.UnixEpoch, Total = new(0, 0) };

        Assert.Equal(ReportCodes.UnknownFormat, Assert.Throws<ReportException>(() => OpenResultsWriter.Write(results, "xml")).Code);
    }

    [Fact]
    public async Task AConsultationJustStarted_SaysInEverySourceThatItIsNotDoneYet()
    {
        await using var host = await StandardConsultation.NewHostAsync();
        var instance = await host.Engine.StartAsync("hdnd.standard", 1, new System.Text.Json.Nodes.JsonObject { ["province"] = "Nghệ An", ["year"] = 2026 });

        var report = await ConsultationReporting.Create(host.Services).BuildReportAsync(instance.Id);

        var quantitative = report.Document.AllSections().Single(s => s.Id == "findings-quantitative");
        Assert.Equal(2, quantitative.Blocks.OfType<Documents.TextBlock>().Count(b => b.Text == "Bước này chưa thực hiện."));
        Assert.Equal(0, report.Basis.InputsCounted);
    }
}

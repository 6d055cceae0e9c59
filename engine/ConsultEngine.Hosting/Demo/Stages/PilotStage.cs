using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>The pilot test sends the tools back once (a price question old people misread, slow SMS codes), then passes.</summary>
internal sealed class PilotStage : IDemoStage
{
    public async Task RunAsync(DemoRun run)
    {
        run.AdvanceDays(3);
        await run.CompleteAsync("pilot-test-tools", Actors.Office, """
            { "toolsTested": [
                { "tool": "survey", "sampleSize": 30, "problems": ["Câu hỏi về mức chi trả tối đa khó hiểu với người cao tuổi"], "changesNeeded": ["Hỏi bằng số tiền cụ thể theo nghìn đồng mỗi tháng"] },
                { "tool": "focus-group", "sampleSize": 6 },
                { "tool": "online-poll", "sampleSize": 50, "problems": ["Mã xác thực SMS đến chậm"], "changesNeeded": ["Đổi nhà cung cấp dịch vụ SMS"] } ],
              "conclusion": "Cần điều chỉnh bảng hỏi khảo sát và khâu xác thực bình chọn trước khi triển khai." }
            """, "adjust");
        run.AdvanceDays(2);
        await run.CompleteAsync("adjust-tools", Actors.Office, """
            { "changes": [ { "tool": "survey", "change": "Câu hỏi mức chi trả tối đa hỏi theo nghìn đồng/hộ/tháng, có thẻ gợi ý" }, { "tool": "online-poll", "change": "Chuyển sang nhà cung cấp SMS gửi mã dưới 30 giây" } ] }
            """, "adjusted");
        run.AdvanceDays(2);
        await run.CompleteAsync("pilot-test-tools", Actors.Office, """
            { "toolsTested": [ { "tool": "survey", "sampleSize": 20 }, { "tool": "focus-group", "sampleSize": 6 }, { "tool": "online-poll", "sampleSize": 40 } ], "conclusion": "Các công cụ sẵn sàng triển khai." }
            """, "ready");
    }
}

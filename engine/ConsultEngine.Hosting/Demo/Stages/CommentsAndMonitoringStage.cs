using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>The written comment period closes after the plan's 30 days, and the Office reports on its monitoring of the contracted survey.</summary>
internal sealed class CommentsAndMonitoringStage : IDemoStage
{
    public async Task RunAsync(DemoRun run)
    {
        run.AdvanceDays(2);
        await run.CompleteAsync("comment-period", Actors.Office, """
            { "openedOn": "2026-04-19", "closedOn": "2026-05-19", "channels": ["Cổng thông tin điện tử HĐND tỉnh", "Thư gửi Văn phòng HĐND tỉnh", "Hòm thư góp ý tại UBND xã, phường"], "commentsReceived": 187 }
            """);
        run.AdvanceDays(3);
        await run.CompleteAsync("monitor-contractors", Actors.Office, $$"""
            { "visits": [
                { "organisation": "{{Contractor}}", "tool": "survey", "date": "2026-04-24", "findings": "Điều tra viên chọn hộ đúng danh sách; một số phiếu giấy ghi thiếu mức chi trả, đã yêu cầu bổ sung." },
                { "organisation": "{{Contractor}}", "tool": "survey", "date": "2026-05-06", "findings": "Tỷ lệ mẫu tại các xã miền núi đạt 26%, đúng yêu cầu." } ],
              "problems": ["Đường vào hai bản của xã Mường Xén bị sạt lở, phải lùi lịch phỏng vấn ba ngày"],
              "guidanceGiven": ["Nhập phiếu giấy trong vòng 48 giờ sau phỏng vấn"],
              "stepsFollowed": true }
            """);
    }
}

namespace ConsultEngine.Plugins.PublicHearing.Tests;

public class PrivacyTests
{
    [Fact]
    public async Task Registration_KeepsNeitherThePhoneNumberNorTheFullName()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 1);
        await HearingBench.RegisterAsync(bench, "Nguyễn Thị Minh Khai", "+84 935 246 810", respondent: """{ "commune": "Sơn Trà", "gender": "nữ" }""");
        await HearingBench.RegisterAsync(bench, "Hoàng Văn Thụ", "0935 135 791");
        var refused = await Assert.ThrowsAsync<ConsultEngine.Abstractions.ToolException>(() => HearingBench.RegisterAsync(bench, "Nguyễn Thị Minh Khai", "0935246810"));
        await bench.ExecuteAsync("cancel-registration", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001", "phone": "0935.246.810" }""", actor: null);
        await bench.ExecuteAsync("add-speaker", """{ "sessionId": "hai-chau", "name": "Hoàng Văn Thụ", "opinions": [{ "text": "Tôi đồng ý.", "stance": "support" }] }""");
        var roster = (await bench.ExecuteAsync("roster", "{}"))!.Value.GetRawText();
        await bench.CloseAsync();

        var stored = BenchDump.Everything(bench) + roster + refused.Message;
        foreach (var form in new[] { "+84 935 246 810", "0935246810", "935246810", "0935 135 791", "0935135791", "Nguyễn Thị Minh Khai", "Hoàng Văn Thụ" })
        {
            Assert.DoesNotContain(form, stored, StringComparison.Ordinal);
        }

        Assert.Contains("N. T. M. Khai", stored, StringComparison.Ordinal);
        Assert.Contains(bench.Identifiers.Hash("public-hearing:phone", "0935246810"), BenchDump.Everything(bench), StringComparison.Ordinal);
    }
}

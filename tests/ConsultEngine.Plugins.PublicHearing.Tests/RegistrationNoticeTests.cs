namespace ConsultEngine.Plugins.PublicHearing.Tests;

/// <summary>
/// A registration's result carries the <c>notice</c> the portal's thank-you shows: a wait-listed person reads their
/// place on the list, in Vietnamese and English; a seated one has nothing more to read.
/// </summary>
public class RegistrationNoticeTests
{
    [Fact]
    public async Task AWaitListedRegistration_HasANoticeWithItsPlaceOnTheList_ASeatedOneNone()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 1);

        var seated = await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        await HearingBench.RegisterAsync(bench, "Trần Thị Bình");
        var third = await HearingBench.RegisterAsync(bench, "Lê Văn Cường");

        Assert.False(seated.TryGetProperty("notice", out _));
        var notice = third.GetProperty("notice");
        Assert.Contains("đứng thứ 2 trong danh sách chờ", notice.GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Contains("number 2 on its waiting list", notice.GetProperty("en").GetString(), StringComparison.Ordinal);
    }
}

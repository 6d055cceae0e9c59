using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Console;

/// <summary>
/// A focus group run from the console in a real browser, every step through generated forms (no JSON):
/// a group with its selection criterion, two participants on its roster with their consent, a guide of
/// two questions, one passage per question, a codebook of two themes and one passage coded; the analysis
/// then lists that passage under its theme and the other as uncoded. Screenshots: console-focus-group-*.png.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class FocusGroupToolWalkthroughTests(BrowserFixture browser)
{
    private const string Criterion = "Bán hàng rong tại chợ Hàn";

    private const string FeePassage = "Phí chỗ ngồi mỗi ngày 20.000 đồng là quá cao so với thu nhập của chúng tôi.";

    private const string HoursPassage = "Nên cho bán từ 5 giờ đến 9 giờ sáng ở vỉa hè đường Bạch Đằng.";

    [Fact]
    public async Task CouncilOffice_DefinesAGroup_FillsItsRoster_RecordsAndCodesPassages_AndSeesThemInTheAnalysis()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        var id = await ToolsConsultation.StartAsync(host, "Thảo luận nhóm về bán hàng rong");

        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, Roles.CouncilOffice);
        await ToolsConsultation.OpenToolAsync(page, id, "focus");

        // The group and the criterion its participants are selected by.
        await ToolsConsultation.ChooseActionAsync(page, "Xác định nhóm");
        await ToolsConsultation.Field(page, "/id").FillAsync("nhom-cho-han");
        await AddItemAsync(page, "/criteria");
        await ToolsConsultation.Field(page, "/criteria/0/label").FillAsync(Criterion);
        await ToolsConsultation.Field(page, "/plannedSize").FillAsync("4");
        await ToolsConsultation.Field(page, "/facilitator").FillAsync("Cán bộ Văn phòng HĐND");
        await Screenshots.TakeAsync(page, "console-focus-group-01-group-form");
        await ToolsConsultation.RunAsync(page);

        // Two participants, each declared to meet the criterion, their oral consent recorded.
        await ToolsConsultation.ChooseActionAsync(page, "Thêm người tham gia");
        await ToolsConsultation.Field(page, "/group").FillAsync("nhom-cho-han");
        foreach (var (code, at) in new[] { ("P01", 0), ("P02", 1) })
        {
            var item = $"/participants/{at}";
            await AddItemAsync(page, "/participants");
            await ToolsConsultation.Field(page, item + "/code").FillAsync(code);
            await AddItemAsync(page, item + "/meets");
            await ToolsConsultation.Field(page, item + "/meets/0").FillAsync(Criterion);
            await page.Locator($"fieldset[data-field='{item}/consent'] > button").ClickAsync();
            await ToolsConsultation.Field(page, item + "/consent/given").CheckAsync();
            await ToolsConsultation.PickAsync(page, page.Locator($"[data-field='{item}/consent/form']").First, "oral");
        }

        await Screenshots.TakeAsync(page, "console-focus-group-02-roster-form");
        await ToolsConsultation.RunAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=action-result] tr[data-field=participants] > td")).ToHaveTextAsync("2");

        // The guide: two questions, their Vietnamese text typed in the text object's field.
        await ToolsConsultation.ChooseActionAsync(page, "Đặt hướng dẫn thảo luận");
        foreach (var (question, text, at) in new[] { ("phi", "Mức phí chỗ ngồi hiện nay thế nào?", 0), ("gio-ban", "Nên cho bán vào giờ nào, ở đâu?", 1) })
        {
            await AddItemAsync(page, "/questions");
            await ToolsConsultation.Field(page, $"/questions/{at}/id").FillAsync(question);
            await page.Locator($"fieldset[data-field='/questions/{at}/text'] > button").ClickAsync();
            await ToolsConsultation.Field(page, $"/questions/{at}/text/vi").FillAsync(text);
        }

        await ToolsConsultation.RunAsync(page);

        // The notes of the discussion: one passage per guide question, each quoting a participant.
        await ToolsConsultation.ChooseActionAsync(page, "Ghi biên bản thảo luận");
        await ToolsConsultation.Field(page, "/group").FillAsync("nhom-cho-han");
        foreach (var (question, participant, text, at) in new[] { ("phi", "P01", FeePassage, 0), ("gio-ban", "P02", HoursPassage, 1) })
        {
            await AddItemAsync(page, "/passages");
            await ToolsConsultation.Field(page, $"/passages/{at}/question").FillAsync(question);
            await ToolsConsultation.Field(page, $"/passages/{at}/participant").FillAsync(participant);
            await ToolsConsultation.Field(page, $"/passages/{at}/text").FillAsync(text);
        }

        await Screenshots.TakeAsync(page, "console-focus-group-03-passages-form");
        await ToolsConsultation.RunAsync(page);
        var recorded = (await page.Locator("[data-testid=action-result] tr[data-field=recorded] > td").InnerTextAsync())
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, recorded.Length);
        Assert.All(recorded, r => Assert.True(Guid.TryParse(r, out _), r));

        // The codebook: two themes; the fee passage coded to the first.
        await DefineThemeAsync(page, "phi-cao", "Phí quá cao");
        await DefineThemeAsync(page, "gio-gio", "Khung giờ bán");
        await ToolsConsultation.ChooseActionAsync(page, "Mã hoá đoạn trích");
        await ToolsConsultation.Field(page, "/inputId").FillAsync(recorded[0]);
        await AddItemAsync(page, "/themes");
        await ToolsConsultation.Field(page, "/themes/0").FillAsync("phi-cao");
        await ToolsConsultation.RunAsync(page);

        // The analysis: the fee passage under its theme, the other uncoded; the figures count them.
        await page.GetByTestId("analyse").ClickAsync();
        var theme = page.Locator("section[data-theme=phi-cao]");
        await Assertions.Expect(theme).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(theme.Locator("li[data-quote]")).ToHaveCountAsync(1);
        await Assertions.Expect(theme.Locator("li[data-quote]")).ToHaveTextAsync(FeePassage);
        await Assertions.Expect(page.Locator("section[data-theme=gio-gio]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("analysis")).Not.ToContainTextAsync(HoursPassage);
        await Assertions.Expect(page.GetByTestId("analysis")).ToContainTextAsync("1 đoạn chưa mã hóa");
        await Assertions.Expect(Figure(page, "passages")).ToHaveTextAsync("2");
        await Assertions.Expect(Figure(page, "passages-coded")).ToHaveTextAsync("1");
        await Assertions.Expect(Figure(page, "participants")).ToHaveTextAsync("2");
        await Assertions.Expect(Figure(page, "participants-quoted")).ToHaveTextAsync("2");
        await Assertions.Expect(Figure(page, "groups-held")).ToHaveTextAsync("1");
        var perQuestion = page.Locator("section[data-view=question-guideQuestion] tbody tr");
        await Assertions.Expect(perQuestion.Filter(new() { HasText = "Mức phí chỗ ngồi hiện nay thế nào?" }).Locator("td").First).ToHaveTextAsync("1");
        await theme.ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "console-focus-group-04-analysis");
    }

    private static async Task DefineThemeAsync(IPage page, string id, string label)
    {
        // A second theme reuses the form still open with the first theme's values.
        if (await page.GetByTestId("actions-panel").GetAttributeAsync("data-action") != "define-theme")
        {
            await ToolsConsultation.ChooseActionAsync(page, "Xác định chủ đề mã hoá");
            await page.Locator("fieldset[data-field='/label'] > button").ClickAsync();
        }

        await ToolsConsultation.Field(page, "/id").FillAsync(id);
        await ToolsConsultation.Field(page, "/label/vi").FillAsync(label);
        await ToolsConsultation.RunAsync(page);
    }

    /// <summary>Grows an array of the generated form by one item (its own button, not one of a nested array).</summary>
    private static Task AddItemAsync(IPage page, string pointer) =>
        page.Locator($"fieldset[data-field='{pointer}'] > button").Filter(new() { HasText = "Thêm mục" }).ClickAsync();

    private static ILocator Figure(IPage page, string name) => page.Locator($"tr[data-figure={name}] > td");
}

using System.Globalization;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests.Console;

/// <summary>
/// A survey run from the console in a real browser: the Council Office imports the checked-in XLSForm
/// (street vending in Da Nang) through a file upload and reads the per-row report, keys in three paper
/// sheets (as an enumerator's entries: the step does not open the paper channel, and a sheet sent as paper is
/// declined in view) through the survey's own staff entry form rendered by the generic console (no JSON, nothing
/// survey-specific in the host), sees the analysis chart with the counts and 95% intervals of a known
/// data set, and closes the step with an outcome.
/// Screenshots under artifacts/screenshots (console-survey-*.png).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class SurveyToolWalkthroughTests(BrowserFixture browser)
{
    private static readonly string XlsForm = Path.Combine(RepositoryPaths.Root, "tests", "ConsultEngine.Plugins.Survey.Tests", "Forms", "street-vending.xlsx");

    [Fact]
    public async Task CouncilOffice_ImportsAnXlsForm_EntersResponses_SeesTheChart_AndClosesWithAnOutcome()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        var id = await ToolsConsultation.StartAsync(host, "Khảo sát bán hàng rong");

        await using var context = await browser.NewContextAsync(host.Address);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, Roles.CouncilOffice);
        await ToolsConsultation.OpenToolAsync(page, id, "survey");

        // XLSForm import: the file chosen in the form's upload field, the report read as tables.
        await ToolsConsultation.ChooseActionAsync(page, "Nhập bảng hỏi XLSForm");
        await ChooseFileAsync(page, "[data-field='/contentBase64']", XlsForm);
        await ToolsConsultation.RunAsync(page);
        var report = page.GetByTestId("action-result");
        var imported = int.Parse(await report.Locator("tr[data-field=questionsImported] > td").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(imported >= 15, $"{imported} questions imported");
        await Assertions.Expect(report.Locator("table[data-result=questions] > tbody > tr")).ToHaveCountAsync(imported);
        await Assertions.Expect(report.Locator("table[data-result=questions]")).ToContainTextAsync("support_overall");
        // The per-row report: the rows the importer could not take as they are (a geopoint, say) with their codes.
        await Assertions.Expect(report.Locator("table[data-result=problems] > tbody > tr").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "console-survey-01-xlsform-report");

        // Paper entry through the survey's staff form (its fields at /answers/<question>): three sheets.
        var entry = Entry(page);
        await Assertions.Expect(entry.Locator("[data-field='/answers/commune']")).ToBeVisibleAsync();
        // The step opens the web, enumerators and file imports, not paper: a sheet sent as paper is declined with
        // the survey's code under the form (never in silence), and entered again as an enumerator's.
        await ToolsConsultation.PickAsync(page, entry.GetByTestId("entry-channel"), "Phiếu giấy");
        await FillAsync(page, "Phường Hải Châu", "Tổ dân phố 1", 30, "Đồng ý");
        await entry.GetByTestId("send-form").ClickAsync();
        await Assertions.Expect(entry.GetByTestId("form-problems").Locator("li[data-code=CE9240]")).ToBeVisibleAsync();
        await ToolsConsultation.PickAsync(page, entry.GetByTestId("entry-channel"), "Điều tra viên, cán bộ nhập");
        await EnterAsync(page, 1, "Phường Hải Châu", "Tổ dân phố 1", 30, "Đồng ý");
        await Screenshots.TakeAsync(page, "console-survey-02-entry-form");
        await EnterAsync(page, 2, "Phường Hải Châu", "Tổ dân phố 2", 45, "Đồng ý");
        await EnterAsync(page, 3, "Phường Sơn Trà", "Tổ dân phố 2", 62, "Không đồng ý");

        // The analysis of the three sheets: phường Hải Châu 2 of 3 (66.7 %), phường Sơn Trà 1 of 3, each with its interval drawn.
        await page.GetByTestId("analyse").ClickAsync();
        await Assertions.Expect(page.Locator("[data-view=basis] tr[data-figure=counted] > td")).ToHaveTextAsync("3");
        var commune = page.Locator("section[data-view=question-commune]");
        await Assertions.Expect(commune.Locator("tbody tr").Filter(new() { HasText = "Phường Hải Châu" }).Locator("td").First).ToHaveTextAsync("2");
        await Assertions.Expect(commune.Locator("tbody tr").Filter(new() { HasText = "Phường Sơn Trà" }).Locator("td").First).ToHaveTextAsync("1");
        await Assertions.Expect(commune.Locator("tbody tr").Filter(new() { HasText = "Phường Hải Châu" }).Locator("td").Nth(1)).ToHaveTextAsync("66,7 %");
        var support = page.Locator("section[data-view=question-support_overall]");
        await Assertions.Expect(support.Locator("tbody tr:has(th:text-is('Đồng ý')) td").First).ToHaveTextAsync("2");
        await Assertions.Expect(support.Locator("tbody tr:has(th:text-is('Không đồng ý')) td").First).ToHaveTextAsync("1");
        // The chart: one bar per commune (Thanh Khê's and Hòa Vang's are empty) with its interval (three lines), bars as long as the shares.
        await Assertions.Expect(commune.Locator("svg rect")).ToHaveCountAsync(4);
        await Assertions.Expect(commune.Locator("svg line")).ToHaveCountAsync(12);
        var widths = (await commune.Locator("svg rect").EvaluateAllAsync<string[]>("rects => rects.map(r => r.getAttribute('width'))"))
            .Select(w => double.Parse(w, CultureInfo.InvariantCulture)).OrderDescending().ToList();
        Assert.Equal(0, widths[2]);
        Assert.Equal(2.0, widths[0] / widths[1], 2);
        await commune.ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "console-survey-03-analysis-chart");
        Directory.CreateDirectory(Screenshots.Folder);
        await commune.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "console-survey-03b-commune-chart.png") });

        // Closing: the step has outcomes, so one is chosen; the engine records it.
        await Assertions.Expect(page.GetByTestId("close-tool")).ToBeDisabledAsync();
        await ToolsConsultation.PickAsync(page, page.GetByTestId("close-outcome"), "Đủ mẫu, chuyển sang phân tích");
        await page.GetByTestId("close-tool").ClickAsync();
        await Assertions.Expect(page.GetByTestId("tool-status")).Not.ToHaveTextAsync("Đang thu thập");
        await Screenshots.TakeAsync(page, "console-survey-04-closed");

        using var api = await ConsoleSession.ApiAsync(host, Roles.CouncilOffice);
        var step = await ToolsConsultation.StepAsync(api, id, "survey");
        Assert.Equal("enough", step.GetProperty("outcome").GetString());
        Assert.Equal("Completed", step.GetProperty("status").GetString());
    }

    private static ILocator Entry(IPage page) => page.Locator("[data-testid=staff-form][data-target=Submission]");

    private static async Task FillAsync(IPage page, string commune, string quarter, int age, string support)
    {
        var entry = Entry(page);
        await AnswerAsync(page, entry, "/answers/commune", commune);
        // The survey's choice filter: the residential groups of the ward chosen, two in each ward this test names.
        await Assertions.Expect(entry.Locator("[data-field='/answers/quarter'] [data-choice]")).ToHaveCountAsync(2);
        await AnswerAsync(page, entry, "/answers/quarter", quarter);
        await AnswerAsync(page, entry, "/answers/age", age.ToString(CultureInfo.InvariantCulture));
        await AnswerAsync(page, entry, "/answers/is_vendor", "Không");
        await AnswerAsync(page, entry, "/answers/support_overall", support);
    }

    private static async Task EnterAsync(IPage page, int sheet, string commune, string quarter, int age, string support)
    {
        var entry = Entry(page);
        await FillAsync(page, commune, quarter, age, support);
        await entry.GetByTestId("send-form").ClickAsync();
        try
        {
            await Assertions.Expect(entry.Locator($"[data-testid=form-sent][data-sent='{sheet}']")).ToBeVisibleAsync();
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"Sheet {sheet} was not taken: " + await entry.InnerTextAsync());
        }

        // The form is fresh for the next sheet.
        await Assertions.Expect(ToolsConsultation.Field(page, "/answers/age")).ToHaveValueAsync("");
    }

    /// <summary>Answers one field of the generic form the way its widget takes it: a list, a radio choice, or typing.</summary>
    private static async Task AnswerAsync(IPage page, ILocator form, string pointer, string value)
    {
        var field = form.Locator($"[data-field='{pointer}']");
        switch (await field.GetAttributeAsync("data-widget"))
        {
            case "Select":
                await ToolsConsultation.PickAsync(page, field.Locator(".mud-select").First, value);
                break;
            case "Radio" or "Scale":
                await field.Locator("label").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^\\s*" + System.Text.RegularExpressions.Regex.Escape(value) + "\\s*$") }).First.ClickAsync();
                break;
            default:
                await field.Locator("input, textarea").First.FillAsync(value);
                await field.Locator("input, textarea").First.PressAsync("Tab");
                break;
        }
    }

    /// <summary>
    /// Chooses a file in an upload field and waits until the page names it. A file chosen in the
    /// instant after the field appears can reach the browser before Blazor's file input has wired
    /// its change listener (a person cannot choose that fast); it is then chosen again.
    /// </summary>
    private static async Task ChooseFileAsync(IPage page, string field, string file)
    {
        // The file input only reads what it is given once the circuit is interactive; a read that fails
        // on the way (the machine busy) is said under the field, and the file is chosen again.
        await Assertions.Expect(page.Locator("nav.console-nav")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 60_000 });
        var name = Path.GetFileName(file);
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator(field + " input[type=file]").SetInputFilesAsync(file);
            try
            {
                await Assertions.Expect(page.Locator(field)).ToContainTextAsync(name, new() { Timeout = attempt < 3 ? 20_000 : 60_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }
}

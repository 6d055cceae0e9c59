using Microsoft.Playwright;

namespace ConsultEngine.E2E.Tests;

/// <summary>
/// Screenshots with readable names (<c>first-run-03-console.png</c>) under <c>artifacts/screenshots</c> of
/// the test output, or under <c>CONSULT_E2E_SCREENSHOTS</c> when set (CI collects them there).
/// </summary>
internal static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("CONSULT_E2E_SCREENSHOTS") is { Length: > 0 } configured
        ? configured
        : Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public static async Task<string> TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}

using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole;
using ConsultEngine.Web.StaffConsole.Parts;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;
using UiCulture = ConsultEngine.Web.Tests.Codes.UiCulture;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// Starting a consultation without a value its definition requires is refused with CE8013, one problem per
/// missing variable: on a Vietnamese page each says which field is missing in Vietnamese (the code's text
/// for a field), not in the engine's English words.
/// </summary>
public sealed class StartRefusalTextTests
{
    [Fact]
    public async Task AMissingProvince_IsSaidInVietnamese_NamingTheFieldAsTheFormLabelsIt()
    {
        await using var host = await TestWebHost.StartAsync();
        var consultations = host.Services.GetRequiredService<Consultations>();
        var administrator = new StaffUser("admin", new HashSet<string>(StringComparer.Ordinal) { Roles.Administrator }, null);
        var startable = await consultations.StartableAsync(administrator);
        var (summary, version, _) = startable.First(s => s.Definition.Variables.Any(v => v.Id == "province" && v.Required));
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => consultations.StartAsync(new StartConsultation(summary.Id, version, "Dự thảo", null, null, null), administrator));
        var refusal = Refusal.From(exception)!;
        Assert.Equal("CE8013", refusal.Code);
        var missing = Assert.Single(refusal.Errors, e => e.JsonPointer == "/variables/province");

        var html = await ConsoleComponentHtml.RenderAsync<RefusalView>(host.Services, "vi", new Dictionary<string, object?>
        {
            [nameof(RefusalView.Refusal)] = refusal,
            [nameof(RefusalView.FieldLabel)] = (Func<string, string?>)(pointer => pointer == "/variables/province" ? "Tỉnh/thành phố" : null),
        });

        var item = Item(html, missing.JsonPointer!);
        Assert.DoesNotContain(missing.Message, item, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=\"en\"", item, StringComparison.Ordinal);
        using (new UiCulture("vi"))
        {
            var codes = host.Services.GetRequiredService<ICodeText>();
            Assert.Contains(string.Format(System.Globalization.CultureInfo.CurrentCulture, codes.Other("At.CE8013"), "Tỉnh/thành phố"), item, StringComparison.Ordinal);
        }
    }

    private static string Item(string html, string pointer)
    {
        var start = html.IndexOf($"data-at=\"{pointer}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no problem at {pointer}");
        return html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
    }
}

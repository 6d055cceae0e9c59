using System.Net;
using System.Text.RegularExpressions;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The console's start form as the server first renders it (the repository's definitions, the first
/// published version chosen): the variables' types are said in the user's language, not as the
/// language's identifiers, and what the definition requires is marked required on the field itself.
/// </summary>
public sealed partial class StartConsultationPageTests
{
    [Fact]
    public async Task TheStartForm_NamesNoRawType_AndMarksTheRequiredFieldsOnTheInputs()
    {
        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        using var browser = new BrowserLikeClient(host);
        using (var signIn = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = TestUsers.UserName(Roles.CouncilOffice),
            ["Input.Password"] = TestUsers.Password(Roles.CouncilOffice),
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync("/console/consultations/new"));

        var labels = Label().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(labels, label => label.Length > 0);
        Assert.DoesNotContain(labels, label => RawType().IsMatch(label));
        // MudBlazor draws the asterisk of a required field; one in the text as well read "**".
        Assert.DoesNotContain(labels, label => label.TrimEnd().EndsWith('*'));
        Assert.Matches(RequiredInput("data-testid=\"issue-title\""), html);
        // Every version of the standard requires the province and the year (CE8013 when missing).
        Assert.Matches(RequiredInput("data-testid=\"province\""), html);
        Assert.Matches(RequiredInput("data-variable=\"year\""), html);
    }

    private static Regex RequiredInput(string marker) => new($"<input[^>]*aria-required=\"true\"[^>]*{Regex.Escape(marker)}", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("<label class=\"mud-input-label[^\"]*\"[^>]*>([^<]*)</label>")]
    private static partial Regex Label();

    [GeneratedRegex(@"\((string|number|integer|boolean|date|object|array)\)")]
    private static partial Regex RawType();
}

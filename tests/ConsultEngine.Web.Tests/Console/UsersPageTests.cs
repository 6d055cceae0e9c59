using System.Net;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Tests.Authorization;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>The users page names each role in the reader's language, not by the name the user store keeps.</summary>
[Collection(StaffSiteGroup.Name)]
public sealed class UsersPageTests(StaffSiteFixture site)
{
    [Fact]
    public async Task UsersPage_NamesRolesInVietnamese_OnTheirChipsAndTheirRemoveLabels()
    {
        var html = WebUtility.HtmlDecode(await site.PageAsync(Roles.Administrator, "console/users"));
        var chip = Element(html, $"data-testid=\"remove-role-{TestUsers.UserName(Roles.CouncilOffice)}-{Roles.CouncilOffice}\"");

        Assert.Contains("data-role=\"CouncilOffice\"", chip, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Bỏ vai trò Văn phòng HĐND\"", chip, StringComparison.Ordinal);
        Assert.Contains(">Văn phòng HĐND<", chip, StringComparison.Ordinal);
        Assert.DoesNotContain(">CouncilOffice<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Administrator<", html, StringComparison.Ordinal);
    }

    /// <summary>The opening tag holding <paramref name="marker"/> and what follows it up to the end of its row.</summary>
    private static string Element(string html, string marker)
    {
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{marker} is not on the page");
        var start = html.LastIndexOf('<', at);
        var end = html.IndexOf("</td>", at, StringComparison.Ordinal);
        return html[start..end];
    }
}

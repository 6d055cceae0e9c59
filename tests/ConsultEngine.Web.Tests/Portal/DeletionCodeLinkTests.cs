using ConsultEngine.Web.Portal;
using Microsoft.AspNetCore.DataProtection;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>
/// The thank-you link that carries a receipt's one-time deletion code: sealed, so the address shows no code,
/// and for a few minutes only, so the link the browser's history keeps shows no code when opened later.
/// </summary>
public sealed class DeletionCodeLinkTests
{
    private const string Code = "K7Q2-9XMV-4TDA";
    private static readonly IDataProtectionProvider Protection = new EphemeralDataProtectionProvider();

    [Fact]
    public void TheLink_WithinItsTime_CarriesTheCode_AndTheAddressDoesNotShowIt()
    {
        var query = DeletionCodes.Query(Protection, Code);

        Assert.DoesNotContain(Code, query, StringComparison.Ordinal);
        Assert.Equal(Code, DeletionCodes.Unprotect(Protection, Carried(query)));
    }

    [Fact]
    public void TheLink_OpenedAgainAfterItsTime_ShowsNoCode()
    {
        var query = DeletionCodes.Query(Protection, Code, DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.Null(DeletionCodes.Unprotect(Protection, Carried(query)));
    }

    [Fact]
    public void ALinkThisSiteDidNotSeal_ShowsNoCode() =>
        Assert.Null(DeletionCodes.Unprotect(Protection, Code));

    private static string Carried(string query)
    {
        Assert.StartsWith($"&{DeletionCodes.QueryName}=", query, StringComparison.Ordinal);
        return Uri.UnescapeDataString(query[(DeletionCodes.QueryName.Length + 2)..]);
    }
}

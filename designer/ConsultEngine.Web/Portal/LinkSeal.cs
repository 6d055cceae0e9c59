using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// A text carried in a portal link (to the thank-you page) protected under a purpose of its own, so that
/// no address bar or log shows it and no link made elsewhere can put words on the portal.
/// </summary>
internal static class LinkSeal
{
    public static string Protect(IDataProtectionProvider protection, string purpose, string text)
    {
        ArgumentNullException.ThrowIfNull(protection);
        return protection.CreateProtector(purpose).Protect(text);
    }

    /// <summary>The text a link carries, or null when there is none or this site did not write it.</summary>
    public static string? Unprotect(IDataProtectionProvider protection, string purpose, string? carried)
    {
        ArgumentNullException.ThrowIfNull(protection);
        if (string.IsNullOrEmpty(carried))
        {
            return null;
        }

        try
        {
            return protection.CreateProtector(purpose).Unprotect(carried);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

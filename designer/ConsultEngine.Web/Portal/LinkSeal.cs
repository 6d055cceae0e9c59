using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// A text carried in a portal link (to the thank-you page) protected under a purpose of its own, so that
/// no address bar or log shows it and no link made elsewhere can put words on the portal. A seal may also
/// have an end (<see cref="ProtectUntil"/>, read with <see cref="UnprotectTimed"/>): after it the link carries nothing.
/// </summary>
internal static class LinkSeal
{
    public static string Protect(IDataProtectionProvider protection, string purpose, string text)
    {
        ArgumentNullException.ThrowIfNull(protection);
        return protection.CreateProtector(purpose).Protect(text);
    }

    /// <summary>As <see cref="Protect"/>, readable until <paramref name="expiration"/> only.</summary>
    public static string ProtectUntil(IDataProtectionProvider protection, string purpose, string text, DateTimeOffset expiration)
    {
        ArgumentNullException.ThrowIfNull(protection);
        return protection.CreateProtector(purpose).ToTimeLimitedDataProtector().Protect(text, expiration);
    }

    /// <summary>The text a link carries, or null when there is none or this site did not write it.</summary>
    public static string? Unprotect(IDataProtectionProvider protection, string purpose, string? carried)
    {
        ArgumentNullException.ThrowIfNull(protection);
        return Open(protection.CreateProtector(purpose), carried);
    }

    /// <summary>The text a link sealed by <see cref="ProtectUntil"/> carries, or null when there is none, this site did not write it, or its time is over.</summary>
    public static string? UnprotectTimed(IDataProtectionProvider protection, string purpose, string? carried)
    {
        ArgumentNullException.ThrowIfNull(protection);
        return Open(protection.CreateProtector(purpose).ToTimeLimitedDataProtector(), carried);
    }

    private static string? Open(IDataProtector protector, string? carried)
    {
        if (string.IsNullOrEmpty(carried))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(carried);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

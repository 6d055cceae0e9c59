using System.Security.Cryptography;

namespace ConsultEngine.Web.Identity;

/// <summary>One-time passwords: 20 characters from a cryptographic source, with every class Identity requires.</summary>
internal static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I) so that a password read off a console can be typed.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!@#%+=";
    private const int Length = 20;

    public static string Generate()
    {
        const string all = Upper + Lower + Digits + Symbols;
        var chars = new char[Length];
        chars[0] = Pick(Upper);
        chars[1] = Pick(Lower);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < Length; i++)
        {
            chars[i] = Pick(all);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}

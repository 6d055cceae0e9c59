using QRCoder;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// The enrolment's QR code as a PNG <c>data:</c> address for an <c>img</c>: drawn on the server, so the
/// page needs no script (the Content-Security-Policy allows <c>img-src data:</c>, no inline script).
/// </summary>
internal static class AuthenticatorQr
{
    private const int PixelsPerModule = 5;

    public static string DataUri(string text)
    {
        var png = PngByteQRCodeHelper.GetQRCode(text, QRCodeGenerator.ECCLevel.M, PixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}

using System.Security.Cryptography;

namespace ConsultEngine.Web.Security;

/// <summary>
/// The security headers of every response, whatever its status or origin (pages, API, static files,
/// status-code pages, the exception handler): a Content-Security-Policy, <c>frame-ancestors 'none'</c>
/// (and <c>X-Frame-Options</c> for older browsers), <c>X-Content-Type-Options: nosniff</c> and a
/// <c>Referrer-Policy</c>. They are written when the response starts, so that a handler clearing the
/// response (the exception handler does) cannot drop them.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The page of the API reference (Scalar), which runs an inline bootstrap script of its own.</summary>
    private const string ApiReferencePrefix = "/api/reference";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var nonce = CspNonce.Create(context);
            context.Response.OnStarting(() =>
            {
                Write(context, nonce);
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>
    /// The policy. Scripts: our own files, and the one inline script Blazor renders (the import map)
    /// carrying the request's nonce; no <c>'unsafe-inline'</c>, no <c>'unsafe-eval'</c>. Styles need
    /// <c>'unsafe-inline'</c>: MudBlazor writes <c>style</c> attributes and its theme's <c>&lt;style&gt;</c>
    /// element, Blazor's reconnection dialog and Monaco add style elements at run time. Monaco starts its
    /// language workers from <c>blob:</c> URLs. <c>connect-src 'self'</c> covers Blazor's same-origin WebSocket.
    /// </summary>
    public static string PolicyFor(PathString path, string nonce) =>
        path.StartsWithSegments(ApiReferencePrefix, StringComparison.OrdinalIgnoreCase)
            // Scalar's page configures itself with an inline script and its own inline styles and fonts;
            // it shows public API documentation only and reads nothing but the OpenAPI document.
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
              + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
            : $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
              + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
              + "form-action 'self'; frame-ancestors 'none'";

    private static void Write(HttpContext context, string nonce)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PolicyFor(context.Request.Path, nonce);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }
}

/// <summary>The request's CSP nonce: the document passes it to the inline script it renders (the import map).</summary>
internal static class CspNonce
{
    private static readonly object Key = new();

    public static string Create(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[Key] = nonce;
        return nonce;
    }

    /// <summary>The nonce of the request, or an empty string outside the pipeline (no inline script is then allowed).</summary>
    public static string Of(HttpContext? context) => context?.Items[Key] as string ?? string.Empty;
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConsultEngine.Web.Tests.Hostile.Fuzz;

/// <summary>
/// What every answer to a hostile request must be: never a server error (5xx) but for the coded 503s the
/// product means (<see cref="IntendedUnavailable"/>); under <c>/api</c>, every 4xx is problem details with a
/// CE code; and every answer the application writes carries the security headers. Kestrel's own refusals of
/// a request it cannot parse (414 request line too long, 431 headers too large) come before the application
/// and so carry neither, by design; so does its empty 400 for a request target with a NUL.
/// </summary>
internal static partial class FuzzVerdict
{
    /// <summary>The 503s the product intends: the ingestion writer backed up or the database full, a tool not loaded.</summary>
    public static readonly IReadOnlySet<string> IntendedUnavailable = new HashSet<string>(StringComparer.Ordinal)
    {
        "CE8065", // ReliabilityCodes.IngestionUnavailable: the submission writer is backed up or stopped
        "CE8066", // the database is full
        "CE9101", // ToolErrorCodes.ToolNotLoaded: the step's tool plugin is not loaded
    };

    private static readonly HashSet<HttpStatusCode> TooLarge = [HttpStatusCode.RequestUriTooLong, HttpStatusCode.RequestHeaderFieldsTooLarge];

    /// <summary>The problems with one answer (none when it is as it must be).</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(HttpResponseMessage response, string path)
    {
        var problems = new List<string>();
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var kestrel = BeforeTheApplication(response);
        var isApi = path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.Equals("/api", StringComparison.OrdinalIgnoreCase);
        var code = isApi && IsProblem(response) ? CodeOf(body) : null;
        if (status >= 500 && !(status == 503 && CodeOf(body) is { } unavailable && IntendedUnavailable.Contains(unavailable)))
        {
            problems.Add($"server error {status}: {Shorten(body)}");
        }

        if (isApi && status is >= 400 and < 500 && !kestrel)
        {
            if (!IsProblem(response))
            {
                problems.Add($"{status} is {response.Content.Headers.ContentType?.MediaType ?? "without a content type"}, not problem details: {Shorten(body)}");
            }
            else if (code is null || !CeCode().IsMatch(code))
            {
                problems.Add($"{status} problem details without a CE code: {Shorten(body)}");
            }
        }

        if (!kestrel && !HasSecurityHeaders(response))
        {
            problems.Add($"{status} without the security headers");
        }

        return problems;
    }

    /// <summary>
    /// Kestrel's own refusal of a request it cannot parse: a request line or headers too large (414, 431), or an
    /// empty 400 for a request target it will not route (a NUL in the path): no middleware ran.
    /// </summary>
    private static bool BeforeTheApplication(HttpResponseMessage response) =>
        TooLarge.Contains(response.StatusCode)
        || (response.StatusCode == HttpStatusCode.BadRequest && !response.Headers.Contains("Content-Security-Policy") && (response.Content.Headers.ContentLength ?? 0) == 0);

    public static bool HasSecurityHeaders(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Content-Security-Policy", out var csp) && csp.Single().Contains("frame-ancestors 'none'", StringComparison.Ordinal)
        && response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff"
        && response.Headers.TryGetValues("X-Frame-Options", out var frame) && frame.Single() == "DENY"
        && response.Headers.Contains("Referrer-Policy");

    public static string? CodeOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsProblem(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType == "application/problem+json";

    private static string Shorten(string body) => body.Length > 300 ? body[..300] + "…" : body;

    [GeneratedRegex("^CE[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CeCode();
}

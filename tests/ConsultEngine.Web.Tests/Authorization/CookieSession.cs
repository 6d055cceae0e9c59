namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>
/// What a browser holds after signing in through the sign-in form: its cookies (sign-in and antiforgery,
/// as one <c>Cookie</c> header) and the antiforgery token the staff pages render for that user.
/// </summary>
internal sealed record CookieSession(string Cookies, string AntiforgeryToken)
{
    /// <summary>The header ASP.NET Core's antiforgery reads a token from on a non-form request.</summary>
    public const string TokenHeader = "RequestVerificationToken";

    public HttpRequestMessage Sign(HttpRequestMessage request, bool withToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Add("Cookie", Cookies);
        if (withToken)
        {
            request.Headers.Add(TokenHeader, AntiforgeryToken);
        }

        return request;
    }
}

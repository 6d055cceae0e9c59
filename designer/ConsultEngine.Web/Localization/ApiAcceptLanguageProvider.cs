using Microsoft.AspNetCore.Localization;

namespace ConsultEngine.Web.Localization;

/// <summary>
/// An API client has no language switch and rarely a cookie: under <c>/api</c> its <c>Accept-Language</c>
/// chooses the language of problem details (after the cookie, which a browser calling the API sends).
/// Pages keep ignoring the header: the product is Vietnamese first whatever the browser's language.
/// </summary>
internal sealed class ApiAcceptLanguageProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _header = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!Api.ApiProblems.IsApi(httpContext.Request))
        {
            return NullProviderCultureResult;
        }

        _header.Options = Options;
        return _header.DetermineProviderCultureResult(httpContext);
    }
}

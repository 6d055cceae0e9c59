using System.Globalization;
using System.Text.Json;
using ConsultEngine.Web.Codes;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ConsultEngine.Web.Api;

/// <summary>
/// Writes a problem details document in the request's language (the culture cookie, or under /api the
/// <c>Accept-Language</c> header): <c>title</c> becomes the code's short text (<see cref="ICodeText"/>), and
/// a <c>detail</c> the producer left empty becomes the localised lead of its status. Nothing is lost:
/// <c>code</c> (and <c>codes</c>, <c>errors</c>, <c>problems</c>) stay as they were, and the engine's
/// English words travel as <see cref="EngineDetailExtension"/>.
/// </summary>
internal static class ProblemLocalization
{
    /// <summary>The extension member with the engine's (or host's) own English detail.</summary>
    public const string EngineDetailExtension = "engineDetail";

    public static void Localize(ProblemDetails problem, HttpContext http)
    {
        if (http.RequestServices.GetService<ICodeText>() is not { } codes)
        {
            return;
        }

        // The status code pages answer after the localization middleware has returned, so the culture is
        // taken from the request's feature rather than from the thread.
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var status = problem.Status ?? http.Response.StatusCode;
            var code = CodeOf(problem);
            problem.Title = code is not null && codes.Knows(code) ? codes.Text(code) : codes.StatusLead(status);
            problem.Detail ??= codes.StatusLead(status);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string? CodeOf(ProblemDetails problem) =>
        problem.Extensions.TryGetValue(WebErrorCodes.Extension, out var value) ? value switch
        {
            string text => text,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            _ => null,
        } : null;
}

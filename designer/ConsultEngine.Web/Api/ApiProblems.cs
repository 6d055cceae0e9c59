using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ConsultEngine.Web.Api;

/// <summary>
/// Every error answer of the API is an RFC 9457 problem details document carrying a code
/// (<see cref="WebErrorCodes"/>): the statuses the framework sets with no body (401, 403, 404, 405,
/// 429, 500) get one here; endpoints return their own with <see cref="Problem"/>. Every one of them,
/// whoever made it, is localised on its way out (<see cref="ProblemLocalization"/>).
/// </summary>
internal static class ApiProblems
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(ApiEndpoints.Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A problem details result with its code, answered with the status of the code's kind (<see cref="FailureStatus"/>). Its <c>title</c> and <c>detail</c> are written in the
    /// request's language on the way out; <paramref name="engineDetail"/>, the engine's or host's own
    /// (English, specific) words, travels beside them as <c>engineDetail</c>.
    /// </summary>
    public static IResult Problem(string code, string? engineDetail = null, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            [WebErrorCodes.Extension] = code,
        };
        if (engineDetail is not null)
        {
            all[ProblemLocalization.EngineDetailExtension] = engineDetail;
        }

        return TypedResults.Problem(statusCode: FailureStatus.OfCode(code), extensions: all);
    }

    public static string CodeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => StaffConsole.ConsoleCodes.BadRequest,
        StatusCodes.Status401Unauthorized => WebErrorCodes.NotSignedIn,
        StatusCodes.Status403Forbidden => WebErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => WebErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => WebErrorCodes.MethodNotAllowed,
        StatusCodes.Status429TooManyRequests => WebErrorCodes.RateLimited,
        StatusCodes.Status413PayloadTooLarge => WebErrorCodes.PublicBodyTooLarge,
        _ => WebErrorCodes.Unexpected,
    };

    public static IServiceCollection AddConsultProblemDetails(this IServiceCollection services) =>
        services.AddExceptionHandler<RefusalExceptionHandler>().AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd(WebErrorCodes.Extension, CodeOf(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode));
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
            ProblemLocalization.Localize(context.ProblemDetails, context.HttpContext);
        });

    /// <summary>
    /// The exception handler, where every refusal thrown under /api is answered (<see cref="RefusalExceptionHandler"/>).
    /// Pages keep the developer exception page in Development; elsewhere every fault is a 500 problem.
    /// </summary>
    public static IApplicationBuilder UseRefusals(this IApplicationBuilder app, IHostEnvironment environment) =>
        environment.IsDevelopment()
            ? app.UseWhen(context => IsApi(context.Request), api => api.UseExceptionHandler())
            : app.UseExceptionHandler();

    /// <summary>
    /// An empty error answer under /api becomes problem details (whatever the client accepts); on pages
    /// it shows the localised error page of its status (<see cref="ErrorPagePath"/>), the status kept.
    /// </summary>
    public static IApplicationBuilder UseStatusProblems(this IApplicationBuilder app)
    {
        app.UseWhen(context => IsApi(context.Request), api => api.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var status = http.Response.StatusCode;
            // The framework chose the status (a failed binding, a 415...): keep it, name it with a code.
            await TypedResults.Problem(statusCode: status, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { [WebErrorCodes.Extension] = CodeOf(status) })
                .ExecuteAsync(http).ConfigureAwait(false);
        }));
        app.UseWhen(context => !IsApi(context.Request), pages => pages.UseStatusCodePagesWithReExecute(ErrorPagePath + "/{0}", createScopeForStatusCodePages: true));
        return app;
    }

    public const string ErrorPagePath = "/error";
}

using System.Text;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.StaffConsole;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace ConsultEngine.Web.Edges;

/// <summary>
/// A request the framework cannot read is the client's fault, not the host's, and is answered 400 problem
/// details (CE9942) on every route instead of the 500 a fault gets: a form over the reader's limits (a key
/// longer than 2,048 characters: <see cref="InvalidDataException"/>), a malformed request
/// (<see cref="BadHttpRequestException"/>), a form read again after its antiforgery check failed (the
/// error page's re-execution of a refused form post reads it and the framework throws), a JSON body in a
/// charset no encoding has. The API's own refusals are answered before this handler.
/// </summary>
internal sealed class UnreadableRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted || !IsUnreadable(httpContext, exception))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        await ApiProblems.Problem(ConsoleCodes.BadRequest, "The request could not be read.").ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    private static bool IsUnreadable(HttpContext context, Exception exception) => exception switch
    {
        InvalidDataException or BadHttpRequestException => true,
        InvalidOperationException => context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } || HasUnknownCharset(context.Request),
        _ => false,
    };

    private static bool HasUnknownCharset(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.Charset.Length == 0)
        {
            return false;
        }

        try
        {
            _ = Encoding.GetEncoding(type.Charset.ToString().Trim('"'));
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}

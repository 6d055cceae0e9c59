using ConsultEngine.Web.StaffConsole;
using Microsoft.AspNetCore.Diagnostics;

namespace ConsultEngine.Web.Api;

/// <summary>
/// The one exception handler of the API: a refusal thrown anywhere under /api — the engine's, the
/// stores', the tools' (<see cref="Abstractions.ToolException"/>), the console's, an unreadable body — is
/// answered as problem details with its code, its problems at their JSON Pointers and the status of its
/// kind (<see cref="Refusal.From"/>, <see cref="FailureStatus"/>). Anything else is a fault: left to the
/// framework's 500.
/// </summary>
internal sealed class RefusalExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiProblems.IsApi(httpContext.Request) || Refusal.From(exception) is not { } refusal)
        {
            return false;
        }

        await refusal.ToResult().ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}

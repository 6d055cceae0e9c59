using System.Text.Json;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.StaffConsole;

namespace ConsultEngine.Web.Edges;

/// <summary>
/// The JSON reader checks a body's structure but leaves the bytes inside its strings (and property names)
/// to be decoded on first use: a public body with bytes that are not UTF-8 bound fine, then made the field
/// caps, the body copy or the tool fail (500). The public write routes check their JSON arguments once,
/// before the endpoint runs, and refuse such a body with 400 problem details (CE9942).
/// </summary>
internal sealed class Utf8BodyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var argument in context.Arguments)
        {
            if (argument is JsonElement or Portal.Api.PublicSubmission && !IsText(argument))
            {
                return ApiProblems.Problem(ConsoleCodes.BadRequest, "The request body is not valid UTF-8.");
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    private static bool IsText(object argument)
    {
        try
        {
            // Writing the value decodes every string and property name in it.
            _ = argument is JsonElement element ? element.GetRawText() : JsonSerializer.Serialize(argument, argument.GetType());
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

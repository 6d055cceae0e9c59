using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
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
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var argument in context.Arguments)
        {
            if (argument is JsonElement or Portal.Api.PublicSubmission && !IsText(argument))
            {
                return ValueTask.FromResult<object?>(ApiProblems.Problem(ConsoleCodes.BadRequest, "The request body is not valid UTF-8."));
            }
        }

        return next(context);
    }

    /// <summary>
    /// Whether the bytes the binding left undecoded are UTF-8: the raw text of a JSON argument, the answers of a
    /// submission (its other fields are strings, decoded by the binding). Checked in place, without writing
    /// the value again.
    /// </summary>
    private static bool IsText(object argument) => argument switch
    {
        JsonElement element => IsUtf8(element),
        Portal.Api.PublicSubmission { Answers: { } answers } => IsUtf8(answers),
        _ => true,
    };

    private static bool IsUtf8(JsonElement element) =>
        element.ValueKind != JsonValueKind.Undefined && Utf8.IsValid(JsonMarshal.GetRawUtf8Value(element));
}

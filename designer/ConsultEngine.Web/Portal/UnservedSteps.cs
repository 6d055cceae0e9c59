using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// Why the public API cannot serve a step it was asked for. Usually the step is not open to the public
/// (404, <see cref="PortalCodes.NotOpenToPublic"/>). But when the consultation is open to the public and
/// the step names a tool that no loaded plugin serves, the tool cannot say whether the step is public, and
/// the honest answer is the one the staff API gives for the same step: the part is missing, 503 with
/// <see cref="ToolCodes.ToolNotLoaded"/> (a plugin removed or not yet installed), not "there is no such step".
/// </summary>
internal static class UnservedSteps
{
    public static async Task<IResult> AnswerAsync(OpenConsultations open, IToolSteps tools, Guid instanceId, string stepId, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(tools);
        // A blank step id (a route value of spaces) names no step: the tools refuse it as an argument error.
        if (!string.IsNullOrWhiteSpace(stepId) && await open.FindAsync(instanceId, cancellationToken).ConfigureAwait(false) is not null)
        {
            try
            {
                await tools.DescribeAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
            }
            catch (ToolException error)
            {
                // Any other refusal (not a tool step, no such step) is the staff side's business: to the public it is not open.
                return error.Code == ToolCodes.ToolNotLoaded ? PortalApi.Portal(localizer, ToolCodes.ToolNotLoaded) : PortalApi.NotOpen(localizer);
            }
        }

        return PortalApi.NotOpen(localizer);
    }
}

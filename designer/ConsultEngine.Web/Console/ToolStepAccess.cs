using ConsultEngine.Definitions.Model;
using ConsultEngine.Web.StaffConsole.Assignments;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// Who may open a tool step: staff who work tasks or read consultations may open any; a contracted
/// organisation only the steps assigned to its organisation (CE9940 otherwise, answered as 403 by the
/// page and the API alike). The step must be a tool step of the instance's definition (CE9943).
/// </summary>
internal sealed class ToolStepAccess(Consultations consultations, AssignmentStore assignments)
{
    public async Task<StepDefinition> CheckAsync(Guid instanceId, string stepId, StaffUser user, CancellationToken cancellationToken = default)
    {
        var instance = await consultations.FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var step = Consultations.Step(consultations.Definition(instance), stepId);
        if (step is null || !Timeline.IsTool(step))
        {
            throw new ConsoleException(ConsoleCodes.NotAToolStep, $"The consultation has no tool step '{stepId}'.");
        }

        if (user.IsContractorOnly)
        {
            if (user.Organisation is null)
            {
                throw new ConsoleException(ConsoleCodes.NoOrganisation, "Your account names no organisation: no tool step can be assigned to it.");
            }

            var assignment = await assignments.FindAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
            if (assignment is null || !string.Equals(assignment.Organisation, user.Organisation, StringComparison.Ordinal))
            {
                throw new ConsoleException(ConsoleCodes.NotAssigned, $"The tool step '{stepId}' is not assigned to your organisation.");
            }
        }

        return step;
    }
}

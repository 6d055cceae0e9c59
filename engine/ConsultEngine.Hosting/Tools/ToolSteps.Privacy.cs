using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Privacy;

namespace ConsultEngine.Hosting.Tools;

internal sealed partial class ToolSteps : IToolStepsPersonalData
{
    public async Task<int> ErasePersonalDataAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default)
    {
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        if (step.Tool is not IErasesPersonalData eraser)
        {
            return 0;
        }

        return await CallToolAsync(step, "erase-personal-data",
            () => eraser.ErasePersonalDataAsync(step.Context(ToolCaller.Staff(PersonalData.JobActor)), cancellationToken), cancellationToken).ConfigureAwait(false);
    }
}

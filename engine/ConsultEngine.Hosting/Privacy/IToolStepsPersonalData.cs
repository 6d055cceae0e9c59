namespace ConsultEngine.Hosting.Privacy;

/// <summary>The tool steps' side of the erasure: a tool that implements <see cref="Abstractions.IErasesPersonalData"/> erases the personal data of its own records.</summary>
internal interface IToolStepsPersonalData
{
    /// <summary>How many of the step's records the tool changed (0 when its tool keeps no personal data of its own); a ToolException when the step is not a tool step.</summary>
    Task<int> ErasePersonalDataAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default);
}

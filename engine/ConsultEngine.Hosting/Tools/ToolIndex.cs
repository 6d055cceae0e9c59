using ConsultEngine.Abstractions;
using Microsoft.Extensions.Logging;

namespace ConsultEngine.Hosting.Tools;

/// <summary>The loaded tools by the step type they serve (<c>tool:survey@1</c>), manifests read once.</summary>
internal sealed class ToolIndex
{
    private readonly Dictionary<string, (IConsultationTool Tool, ToolManifest Manifest)> _byStepType = new(StringComparer.Ordinal);

    public ToolIndex(IEnumerable<IConsultationTool> tools, ILogger logger)
    {
        foreach (var tool in tools)
        {
            ToolManifest manifest;
            try
            {
                manifest = tool.Manifest ?? throw new InvalidOperationException("The tool has no manifest.");
            }
            catch (Exception fault)
            {
                // A plugin must never take the host down: its steps answer CE9101 instead.
                ToolLog.ManifestFault(logger, fault, tool.GetType().FullName ?? tool.GetType().Name);
                continue;
            }

            if (!_byStepType.TryAdd(manifest.StepType, (tool, manifest)))
            {
                ToolLog.DuplicateStepType(logger, manifest.StepType, tool.GetType().FullName ?? tool.GetType().Name);
            }
        }
    }

    public (IConsultationTool Tool, ToolManifest Manifest)? Find(string stepType) =>
        _byStepType.TryGetValue(stepType, out var found) ? found : null;
}

internal static partial class ToolLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The tool '{ToolId}' failed in {Operation} on step '{StepId}' of instance {InstanceId}.")]
    public static partial void PluginFault(ILogger logger, Exception exception, string toolId, string operation, Guid instanceId, string stepId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The tool {ToolType} was left out: reading its manifest failed.")]
    public static partial void ManifestFault(ILogger logger, Exception exception, string toolType);

    [LoggerMessage(Level = LogLevel.Error, Message = "The tool {ToolType} was left out: another loaded tool already serves '{StepType}'.")]
    public static partial void DuplicateStepType(ILogger logger, string stepType, string toolType);
}

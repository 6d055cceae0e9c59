using System.Text.Json;

namespace ConsultEngine.Abstractions;

/// <summary>
/// A consultation tool: the behaviour of the steps of type <see cref="ToolManifest.StepType"/>. The
/// host creates one instance per process (a singleton) and passes everything about a step in the
/// <see cref="ToolContext"/>: the tool keeps no state of its own between calls, it reads and writes
/// the context's stores, which the host makes durable.
/// <para>
/// Lifecycle of a step: <see cref="OpenAsync"/> when the step starts collecting; then any number of
/// <see cref="CollectAsync"/> (one submission each) and <see cref="ExecuteAsync"/> (the manifest's
/// actions); <see cref="CloseAsync"/> when collection ends; <see cref="AnalyseAsync"/> at any time,
/// and once more after close to give the step's result.
/// </para>
/// Errors a person can fix are returned as <see cref="ToolProblem"/>s or thrown as
/// <see cref="ToolException"/> with a code; any other exception is a fault of the plugin.
/// </summary>
public interface IConsultationTool
{
    ToolManifest Manifest { get; }

    /// <summary>Prepares the step from its config (sessions, questionnaire...). Called again after a restart: make it idempotent.</summary>
    ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Checks one submission and turns it into inputs of the shared model. The host stores accepted
    /// inputs (and acknowledges the submission only once they are committed); a refused submission
    /// stores nothing.
    /// </summary>
    ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken);

    /// <summary>Runs one of the manifest's actions; the result is JSON for the caller (or <see langword="null"/>).</summary>
    ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken);

    /// <summary>Ends collection (minutes, final counts...). After it, submissions are refused by the host.</summary>
    ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken);

    /// <summary>The tool's analysis of the step's inputs.</summary>
    ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken);
}

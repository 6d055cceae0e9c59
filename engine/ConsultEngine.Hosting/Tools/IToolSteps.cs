using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// The tool steps of running consultations (<c>tool:&lt;id&gt;@&lt;major&gt;</c>): what a console, the API
/// and the command line call to open them, feed them submissions, run their tools' actions, close
/// them and read their analysis. It finds the loaded tool that serves the step's type, gives it a
/// <see cref="ToolContext"/> scoped to the instance and step, and completes the engine's step when
/// the tool step closes.
/// <para>
/// Every failure is a <see cref="ToolException"/> with a code: CE9101 no loaded tool serves the step,
/// CE9102 the step does not collect now (not a tool step, not waiting, closed), CE9107 unknown action,
/// CE9108 payload invalid (one problem per schema error, at its JSON Pointer), CE9109 not allowed,
/// CE9110 the plugin failed in a way it did not report (logged; the host keeps working), and the
/// engine's own codes (CE8xxx) when the instance or step is unknown or the engine refuses the
/// completion. A step the engine waits on but that was never opened (a restart, an instance started
/// before the tools were loaded) is opened on first use.
/// </para>
/// </summary>
public interface IToolSteps
{
    /// <summary>The step's tool and where its lifecycle stands.</summary>
    Task<ToolStepView> DescribeAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default);

    /// <summary>Opens the waiting step for collection (the tool prepares it from its config). Idempotent.</summary>
    Task<ToolStepView> OpenAsync(Guid instanceId, string stepId, string? actor = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands one submission to the tool. A refused submission stores nothing and returns the tool's
    /// problems; an accepted one returns after its inputs are committed. An input refused because its
    /// unique key is taken is reported as a CE9103 problem.
    /// </summary>
    Task<SubmitResult> SubmitAsync(Guid instanceId, string stepId, Submission submission, ToolCaller caller, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="SubmitAsync(Guid, string, Submission, ToolCaller, CancellationToken)"/>, with the rows the host
    /// keeps beside an accepted submission committed in its input's transaction where the store can
    /// (<see cref="SubmitResult.CompanionsWritten"/>; otherwise none of them is written).
    /// </summary>
    Task<SubmitResult> SubmitAsync(Guid instanceId, string stepId, Submission submission, ToolCaller caller, SubmissionCompanions? companions, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="SubmitAsync(Guid, string, Submission, ToolCaller, SubmissionCompanions?, CancellationToken)"/> for a
    /// caller that has just read the instance at <paramref name="instanceRevision"/> (the public API, which found
    /// the step open at that revision): the step as resolved at that revision is used without reading the
    /// instance again; any other revision is read and resolved as usual.
    /// </summary>
    Task<SubmitResult> SubmitAsync(Guid instanceId, string stepId, long instanceRevision, Submission submission, ToolCaller caller, SubmissionCompanions? companions, CancellationToken cancellationToken = default) =>
        SubmitAsync(instanceId, stepId, submission, caller, companions, cancellationToken);

    /// <summary>
    /// Runs one of the tool's actions after checking that it exists (CE9107), that the caller's
    /// audience may call it (CE9109) and that the payload matches its schema (CE9108). Actions run
    /// while the step collects and after it closed (coding passages in the analysis phase); actions
    /// that change something are refused once the consultation is completed or cancelled.
    /// </summary>
    Task<JsonElement?> ExecuteAsync(Guid instanceId, string stepId, string action, JsonElement payload, ToolCaller caller, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends collection: the tool closes the step, analyses it, and the engine's step is completed with
    /// a compact summary of the analysis as its output, which rules read as <c>tools['&lt;step&gt;']</c>.
    /// A close interrupted after the tool closed (a crash, a refused completion) can be called again.
    /// </summary>
    Task<CloseResult> CloseAsync(Guid instanceId, string stepId, string actor, string? outcome = null, CancellationToken cancellationToken = default);

    /// <summary>The tool's analysis of the step's inputs, at any time after it opened (also once the step completed).</summary>
    Task<ToolAnalysis> AnalyseAsync(Guid instanceId, string stepId, AnalysisOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// What the public sees of the step (SDK 1.2 tools), or <see langword="null"/> when the public has no
    /// part in it or the tool describes no surfaces. Does not open the step.
    /// </summary>
    Task<PublicSurface?> DescribePublicAsync(Guid instanceId, string stepId, string language = "vi", CancellationToken cancellationToken = default);

    /// <summary>The tool's verdict on one of its forms filled in so far: the fields that apply and the problems (CE9112 for a tool without forms).</summary>
    Task<FormEvaluation> EvaluateAsync(Guid instanceId, string stepId, string formId, JsonElement body, ToolCaller caller, CancellationToken cancellationToken = default);

    /// <summary>What staff see and enter for the step; for a tool without surfaces, its analysis as the shared views.</summary>
    Task<StaffSurface> DescribeStaffAsync(Guid instanceId, string stepId, ToolCaller caller, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts the proof of a person for a step whose tool declares a <see cref="PersonCheck"/>: for
    /// <see cref="PersonCheck.SmsCode"/>, a one-time code sent to <paramref name="identifier"/> through the outbox.
    /// <paramref name="client"/> (the caller's address) counts toward the per-client limit.
    /// </summary>
    /// <exception cref="ToolException">Refused with a code of <see cref="Verification.VerificationCodes"/> (and its problem's pointer), or the step is not collecting.</exception>
    Task<Verification.VerificationStarted> RequestVerificationAsync(Guid instanceId, string stepId, string? identifier, string? client, ToolCaller caller, CancellationToken cancellationToken = default);
}

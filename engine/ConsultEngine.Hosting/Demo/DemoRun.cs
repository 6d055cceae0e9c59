using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;

namespace ConsultEngine.Hosting.Demo;

/// <summary>
/// One creation of the example consultation: the engine and the tool steps it goes through, the
/// clock it moves (when it may), the seeded random source every stage draws from, and what the
/// stages leave for the ones after them (<see cref="Facts"/>).
/// </summary>
internal sealed class DemoRun(ProcessEngine engine, IToolSteps tools, IConsultationRegisters registers, TimeProvider clock, DemoOptions options, Guid instanceId, CancellationToken cancellationToken, Action<DemoPhase>? phaseLog = null)
{
    /// <summary>How many submissions are in flight at once: enough for the group-commit writer to fill its batches.</summary>
    private const int SubmissionsInFlight = 256;

    public ProcessEngine Engine => engine;

    public IToolSteps Tools => tools;

    /// <summary>The explanation register, recommendations and policy decisions of the consultation.</summary>
    public IConsultationRegisters Registers => registers;

    public DemoOptions Options => options;

    public Guid InstanceId => instanceId;

    public CancellationToken CancellationToken => cancellationToken;

    public Random Random { get; } = new(options.Seed);

    /// <summary>Whether the clock follows the story's calendar (a <see cref="DemoClock"/>).</summary>
    public bool StoryTime => clock is DemoClock;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Figures and ids a stage found that later stages quote (the analysis report quotes the survey's shares).</summary>
    public Dictionary<string, object> Facts { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="part"/> and reports how long it took as the phase <paramref name="name"/> (see <see cref="DemoOptions.OnPhase"/>).</summary>
    public async Task<T> TimeAsync<T>(string name, Func<Task<T>> part)
    {
        var cpu = ProcessCpu();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await part().ConfigureAwait(false);
        Report(new DemoPhase(name, clock.Elapsed, ProcessCpu() - cpu));
        return result;
    }

    public Task TimeAsync(string name, Func<Task> part) => TimeAsync(name, async () =>
    {
        await part().ConfigureAwait(false);
        return true;
    });

    public static TimeSpan ProcessCpu()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Tells the options' listener and the log how long a phase took.</summary>
    public void Report(DemoPhase phase)
    {
        options.OnPhase?.Invoke(phase);
        phaseLog?.Invoke(phase);
    }

    /// <summary>Moves the story's clock on; with the system clock, time moves by itself.</summary>
    public void Advance(TimeSpan by) => (clock as DemoClock)?.Advance(by);

    public void AdvanceDays(double days) => Advance(TimeSpan.FromDays(days));

    public Task CompleteAsync(string stepId, string actor, string output, string? outcome = null) =>
        CompleteAsync(stepId, actor, JsonNode.Parse(output), outcome);

    public async Task CompleteAsync(string stepId, string actor, JsonNode? output, string? outcome = null)
    {
        StopIfAt(stepId);
        await engine.CompleteStepAsync(instanceId, stepId, new StepCompletion(actor, outcome, output), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the story here when the options stop before <paramref name="stepId"/>: the step is left waiting.</summary>
    public void StopIfAt(string stepId)
    {
        if (string.Equals(options.StopBefore, stepId, StringComparison.Ordinal))
        {
            throw new DemoStopped(stepId);
        }
    }

    public Task<JsonElement?> ActAsync(string stepId, string action, string payload, string actor) =>
        ActAsync(stepId, action, Parse(payload), ToolCaller.Staff(actor));

    public Task<JsonElement?> ActAsync(string stepId, string action, JsonNode payload, string actor) =>
        ActAsync(stepId, action, JsonSerializer.SerializeToElement(payload), ToolCaller.Staff(actor));

    public Task<JsonElement?> ActPublicAsync(string stepId, string action, JsonNode payload) =>
        ActAsync(stepId, action, JsonSerializer.SerializeToElement(payload), ToolCaller.Public());

    public async Task<CloseResult> CloseAsync(string stepId, string actor)
    {
        StopIfAt(stepId);
        return await tools.CloseAsync(instanceId, stepId, actor, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Hands the submissions to the step, many at a time so that the store commits them in groups;
    /// each must be accepted unless <paramref name="refusalsExpected"/>. Returns the refusals' codes.
    /// </summary>
    public async Task<IReadOnlyList<string>> SubmitAllAsync(string stepId, IReadOnlyList<Submission> submissions, ToolCaller caller, bool refusalsExpected = false)
    {
        var codes = new List<string>();
        var gate = new Lock();
        await Parallel.ForEachAsync(
            submissions,
            new ParallelOptions { MaxDegreeOfParallelism = SubmissionsInFlight, CancellationToken = cancellationToken },
            async (submission, token) =>
            {
                var result = await tools.SubmitAsync(instanceId, stepId, submission, caller, token).ConfigureAwait(false);
                if (result.Accepted)
                {
                    return;
                }

                if (!refusalsExpected)
                {
                    throw new DemoException(DemoCodes.ScriptRefused, $"The step '{stepId}' refused a submission of the example.", [.. result.Problems.Select(p => $"{p.Code} {p.Path}: {p.Message}")]);
                }

                lock (gate)
                {
                    codes.AddRange(result.Problems.Select(p => p.Code));
                }
            }).ConfigureAwait(false);
        return codes;
    }

    /// <summary>A moment of the story as ISO 8601 with the Vietnam offset, as tools read date-times.</summary>
    public static string Iso(DateTimeOffset moment) =>
        moment.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static JsonNode Parse(string json) => JsonNode.Parse(json) ?? throw new ArgumentException("The JSON is null.", nameof(json));

    private async Task<JsonElement?> ActAsync(string stepId, string action, JsonElement payload, ToolCaller caller) =>
        await tools.ExecuteAsync(instanceId, stepId, action, payload, caller, cancellationToken).ConfigureAwait(false);

    private Task<JsonElement?> ActAsync(string stepId, string action, JsonNode payload, ToolCaller caller) =>
        ActAsync(stepId, action, JsonSerializer.SerializeToElement(payload), caller);
}

using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Runtime.Records;

/// <summary>
/// One completion of a step as the journal recorded it: which iteration (a step sent back runs again
/// as a new one), its outcome, the data submitted with it, who completed it and when.
/// </summary>
public sealed record StepIteration(int Iteration, string? Outcome, JsonNode? Output, string? Actor, DateTimeOffset At, long Sequence);

/// <summary>
/// Everything recorded for one step of an instance: the step and its form as the instance's definition
/// version declares them, and every completion in the order it happened.
/// </summary>
public sealed record StepRecord(string StepId, StepDefinition Step, FormDefinition? Form, IReadOnlyList<StepIteration> Iterations);

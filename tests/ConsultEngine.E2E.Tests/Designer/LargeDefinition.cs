using System.Globalization;
using System.Text.Json.Nodes;

namespace ConsultEngine.E2E.Tests.Designer;

/// <summary>
/// A definition as large as a province's most detailed process might grow: five phases of forty
/// <c>task</c> steps each (200 steps), every step titled in Vietnamese and English and performed by one
/// of three roles. Steps within a phase run in order, phases one after another, so the canvas draws
/// every lane full and every link between neighbours.
/// </summary>
internal static class LargeDefinition
{
    public const string Id = "perf.large-200";
    public const int Phases = 5;
    public const int StepsPerPhase = 40;
    public const int Steps = Phases * StepsPerPhase;

    private static readonly string[] RoleIds = ["council-office", "working-group", "standing-committee"];

    /// <summary>The document as an author would import it (its version is given on publishing).</summary>
    public static string Json()
    {
        var phases = new JsonArray();
        for (var phase = 1; phase <= Phases; phase++)
        {
            var steps = new JsonArray();
            for (var step = 1; step <= StepsPerPhase; step++)
            {
                steps.Add(new JsonObject
                {
                    ["id"] = StepId(phase, step),
                    ["type"] = "task",
                    ["title"] = Text(Invariant($"Công việc {step} của giai đoạn {phase}"), Invariant($"Task {step} of phase {phase}")),
                    ["role"] = RoleIds[(step - 1) % RoleIds.Length],
                });
            }

            phases.Add(new JsonObject
            {
                ["id"] = Invariant($"phase-{phase}"),
                ["title"] = Text(Invariant($"Giai đoạn {phase}"), Invariant($"Phase {phase}")),
                ["steps"] = steps,
            });
        }

        var roles = new JsonArray(
            new JsonObject { ["id"] = RoleIds[0], ["title"] = Text("Văn phòng HĐND", "People's Council Office") },
            new JsonObject { ["id"] = RoleIds[1], ["title"] = Text("Nhóm công tác", "Working Group") },
            new JsonObject { ["id"] = RoleIds[2], ["title"] = Text("Thường trực HĐND", "Standing Committee") });

        var document = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["id"] = Id,
            ["version"] = 1,
            ["title"] = Text("Quy trình 200 bước (đo hiệu năng)", "A 200-step process (performance)"),
            ["roles"] = roles,
            ["phases"] = phases,
        };
        return document.ToJsonString();
    }

    public static string StepId(int phase, int step) => Invariant($"p{phase}-task-{step:D2}");

    private static JsonObject Text(string vi, string en) => new() { ["vi"] = vi, ["en"] = en };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

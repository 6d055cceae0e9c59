using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Tests.Properties;

/// <summary>
/// Builds valid definitions from a seed: a few phases of steps of every built-in kind and the four
/// tools, with parallel branches and joins, guarded steps, loops that have a way out, forms, rules
/// and titles with Vietnamese diacritics and JSON-hostile characters.
/// </summary>
internal static class RandomDefinitions
{
    private static readonly string[] Words = ["Lấy ý kiến", "nhân dân", "về \"quy hoạch\"", "đất đai", "giáo dục", "y tế", "giao thông", "C:\\dữ liệu", "tab\there", "dòng\nmới", "😀 emoji", "HĐND tỉnh"];
    private static readonly string[] Durations = ["P1D", "P10D", "P2W", "PT48H", "P1M", "P1Y2M3DT4H5M6S"];
    private static readonly string[] Roles = ["council-office", "standing-committee", "working-group", "contractor"];

    public static ProcessDefinition Create(int seed)
    {
        var random = new Random(seed);
        var phases = new List<PhaseDefinition>();
        var ruleUsed = false;
        for (var p = 0; p < random.Next(1, 5); p++)
        {
            var steps = new List<StepDefinition>();
            var count = random.Next(1, 7);
            for (var s = 0; s < count; s++)
            {
                var id = $"p{p}-s{s}";
                var step = random.Next(8) switch
                {
                    0 => new StepDefinition { Type = "meeting", Role = Role(random) },
                    1 => new StepDefinition { Type = "notify", Config = Json("""{ "audience": "citizens", "message": { "vi": "Xin mời", "en": "Welcome" } }""") },
                    2 => new StepDefinition { Type = "wait", Config = Json($$"""{ "for": "{{Durations[random.Next(Durations.Length)]}}" }""") },
                    3 => new StepDefinition { Type = "tool:survey@1", Role = Role(random), Config = Json("""{ "contracted": true, "channels": ["web", "paper"], "openFor": "P30D" }""") },
                    4 => new StepDefinition { Type = "tool:online-poll@1", Config = Json("""{ "verification": "phone" }""") },
                    5 => new StepDefinition { Type = "decision", Role = Role(random), Outcomes = [Outcome("yes", null), Outcome("no", null)] },
                    _ => new StepDefinition { Type = "task", Role = Role(random), Form = random.Next(2) == 0 ? "notes" : null },
                };
                step = step with { Id = id, Title = Title(random), Due = random.Next(3) == 0 ? Durations[random.Next(Durations.Length)] : null };
                if (s > 0 && random.Next(4) == 0)
                {
                    // A parallel branch from the start of the phase, joined by the next step.
                    step = step with { After = [] };
                }
                else if (s > 1 && random.Next(4) == 0)
                {
                    step = step with { After = [$"p{p}-s{s - 1}", $"p{p}-s{s - 2}"] };
                }

                if (random.Next(5) == 0)
                {
                    step = step with { When = "rules.isLarge" };
                    ruleUsed = true;
                }

                steps.Add(step);
            }

            if (random.Next(3) == 0)
            {
                // A loop back through a route-only step, with a way out.
                var checkId = $"p{p}-check";
                steps.Add(new StepDefinition
                {
                    Id = checkId, Type = "approval", Role = Role(random), Title = Title(random),
                    Outcomes = [Outcome("ok", null), Outcome("redo", $"p{p}-fix")],
                    Validate = ["output.note === undefined || output.note.length < 5000"],
                });
                steps.Add(new StepDefinition
                {
                    Id = $"p{p}-fix", Type = "task", Role = Role(random), Title = Title(random), RouteOnly = true,
                    Outcomes = [Outcome("done", checkId)],
                });
            }

            phases.Add(new PhaseDefinition { Id = $"phase-{p}", Title = Title(random), Steps = steps });
        }

        return new ProcessDefinition
        {
            Id = "hdnd.generated",
            Version = random.Next(1, 1000),
            Title = Title(random),
            Roles = [.. Roles.Select(r => new RoleDefinition { Id = r, Title = LocalizedText.Of(r, r) })],
            Variables = [new VariableDefinition { Id = "budget", Type = "number", Title = LocalizedText.Of("Kinh phí", "Budget"), Default = Json("100000000") }],
            Rules = ruleUsed ? new Dictionary<string, string> { ["isLarge"] = "vars.budget > 50000000" } : new Dictionary<string, string>(),
            Forms = new Dictionary<string, FormDefinition>
            {
                ["notes"] = new() { Title = LocalizedText.Of("Ghi chú", "Notes"), Schema = Json("""{ "type": "object", "properties": { "note": { "type": "string" } } }""") },
            },
            Phases = phases,
            Report = new ReportStructure
            {
                Title = LocalizedText.Of("Báo cáo", "Report"),
                Sections = [new ReportSection { Id = "findings", Title = LocalizedText.Of("Kết quả", "Findings"), Sources = [phases[0].Steps[0].Id] }],
            },
        };
    }

    /// <summary>A random JSON value of bounded size: what an arbitrary, hostile document might hold.</summary>
    public static JsonNode? RandomJson(Random random, int depth)
    {
        var kind = depth > 5 ? random.Next(4) : random.Next(6);
        return kind switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(-3, 3) == 0 ? double.MaxValue : random.Next()),
            2 => JsonValue.Create(Words[random.Next(Words.Length)]),
            3 => JsonValue.Create(random.Next(2) == 0),
            4 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(random, depth + 1))]),
            _ => RandomObject(random, depth),
        };
    }

    private static JsonObject RandomObject(Random random, int depth)
    {
        string[] names = ["id", "type", "title", "vi", "en", "phases", "steps", "after", "outcomes", "goto", "rules", "when", "due", "roles", "schemaVersion", "version", "extends", "patches", "op", "step", "config", "routeOnly", "form", "forms", "report", "sections"];
        var obj = new JsonObject();
        foreach (var name in names.Where(_ => random.Next(4) == 0))
        {
            obj[name] = RandomJson(random, depth + 1);
        }

        return obj;
    }

    private static string Role(Random random) => Roles[random.Next(Roles.Length)];

    private static LocalizedText Title(Random random) =>
        LocalizedText.Of(Words[random.Next(Words.Length)] + " " + Words[random.Next(Words.Length)], "Title " + random.Next(1000));

    private static OutcomeDefinition Outcome(string id, string? target) => new() { Id = id, Title = LocalizedText.Of(id, id), Goto = target };

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

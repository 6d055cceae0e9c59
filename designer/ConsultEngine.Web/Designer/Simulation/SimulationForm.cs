using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Testing.Guided;

namespace ConsultEngine.Web.Designer.Simulation;

/// <summary>
/// What the designer's simulation panel holds while a user fills it: variables as typed text, an
/// outcome per step (empty for the default path), outputs as JSON text, and the limits. It turns
/// into a <see cref="GuidedScenario"/>, or names the fields that cannot be read.
/// </summary>
public sealed class SimulationForm
{
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public string Title { get; set; } = string.Empty;

    /// <summary>The outcome chosen for a step; missing or empty: its default path.</summary>
    public Dictionary<string, string> Outcomes { get; } = new(StringComparer.Ordinal);

    /// <summary>Steps whose chosen outcome is given every time, not only the first.</summary>
    public HashSet<string> Repeat { get; } = new(StringComparer.Ordinal);

    /// <summary>Outputs to submit, as JSON text, by step.</summary>
    public Dictionary<string, string> Outputs { get; } = new(StringComparer.Ordinal);

    public bool CheckAllOutputs { get; set; }

    public string StepTime { get; set; } = "P1D";

    public int MaxSteps { get; set; } = GuidedLimits.DefaultMaxSteps;

    public int TimeLimitSeconds { get; set; } = (int)GuidedLimits.DefaultTimeLimit.TotalSeconds;

    /// <summary>A form with the definition's variable defaults filled in.</summary>
    public static SimulationForm For(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var form = new SimulationForm();
        foreach (var variable in definition.Variables)
        {
            form.Variables[variable.Id] = variable.Default is { } value
                ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText()
                : string.Empty;
        }

        return form;
    }

    /// <summary>The scenario, and the variables and steps whose text could not be read (empty when all could).</summary>
    public (GuidedScenario Scenario, IReadOnlyList<string> Unreadable) ToScenario(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var unreadable = new List<string>();
        var variables = new JsonObject();
        foreach (var variable in definition.Variables)
        {
            var text = Variables.GetValueOrDefault(variable.Id)?.Trim() ?? string.Empty;
            if (text.Length == 0)
            {
                continue;
            }

            if (Read(variable.Type, text) is { } value)
            {
                variables[variable.Id] = value;
            }
            else
            {
                unreadable.Add(variable.Id);
            }
        }

        var steps = new Dictionary<string, GuidedChoice>(StringComparer.Ordinal);
        foreach (var step in definition.AllSteps())
        {
            var outcome = Outcomes.GetValueOrDefault(step.Id);
            JsonNode? output = null;
            if (Outputs.GetValueOrDefault(step.Id) is { Length: > 0 } json)
            {
                output = Parse(json);
                if (output is null)
                {
                    unreadable.Add(step.Id);
                    continue;
                }
            }

            if (!string.IsNullOrEmpty(outcome) || output is not null)
            {
                steps[step.Id] = new GuidedChoice
                {
                    Outcomes = string.IsNullOrEmpty(outcome) ? [] : [outcome],
                    Repeat = !string.IsNullOrEmpty(outcome) && Repeat.Contains(step.Id),
                    Output = output,
                };
            }
        }

        return (new GuidedScenario
        {
            Variables = variables,
            Title = string.IsNullOrWhiteSpace(Title) ? null : Title.Trim(),
            Steps = steps,
            CheckAllOutputs = CheckAllOutputs,
            StepTime = StepTime.Trim(),
            MaxSteps = MaxSteps,
            TimeLimit = TimeSpan.FromSeconds(TimeLimitSeconds),
        }, unreadable);
    }

    private static JsonNode? Read(string type, string text) => type switch
    {
        "string" => JsonValue.Create(text),
        "integer" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? JsonValue.Create(whole) : null,
        "number" => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null,
        "boolean" => bool.TryParse(text, out var flag) ? JsonValue.Create(flag) : null,
        _ => Parse(text),
    };

    private static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

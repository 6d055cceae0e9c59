using System.Collections.Concurrent;
using System.Text.Json;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
using Json.Schema;

namespace ConsultEngine.Definitions.Validation;

/// <summary>Each step on its own: a registered type, a declared role, an existing form, a config its type accepts, valid durations.</summary>
internal static class StepChecks
{
    private static readonly ConcurrentDictionary<string, JsonSchema?> CompiledSchemas = new(StringComparer.Ordinal);

    public static void Run(ProcessDefinition definition, StepIndex steps, IStepTypeRegistry registry, DiagnosticBag bag)
    {
        var roles = definition.Roles.Where(r => r is not null).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var location in steps.All)
        {
            var step = location.Step;
            var descriptor = CheckType(step, location.Pointer, registry, bag);

            if (!string.IsNullOrEmpty(step.Role) && !roles.Contains(step.Role))
            {
                bag.Add(DiagnosticCodes.UnknownRole, location.Pointer + "/role", $"The step '{step.Id}' is given to the role '{step.Role}', which the definition does not declare.");
            }
            else if (step.Role is null && descriptor is { RequiresRole: true })
            {
                bag.Add(DiagnosticCodes.RoleRequired, location.Pointer, $"The step '{step.Id}' is a '{descriptor.Name}' performed by people and needs a 'role'.");
            }

            if (step.Form is { Length: > 0 } form && !definition.Forms.ContainsKey(form))
            {
                bag.Add(DiagnosticCodes.UnknownForm, location.Pointer + "/form", $"The step '{step.Id}' collects the form '{form}', which the definition does not declare.");
            }

            if (descriptor is not null)
            {
                if (!descriptor.SupportsOutcomes && step.Outcomes.Count > 0)
                {
                    bag.Add(DiagnosticCodes.OutcomesNotSupported, location.Pointer + "/outcomes", $"A '{descriptor.Name}' step completes without an outcome; the step '{step.Id}' cannot declare outcomes.");
                }
                else if (descriptor.ExpectsOutcomes && step.Outcomes.Count == 0)
                {
                    bag.Add(DiagnosticCodes.MissingOutcomes, location.Pointer, $"The {descriptor.Name} '{step.Id}' declares no outcomes, so it cannot record what was decided.");
                }

                CheckConfig(step, location.Pointer, descriptor, bag);
            }

            if (step.Due is not null)
            {
                CheckDuration(step.Due, location.Pointer + "/due", $"The due date of step '{step.Id}'", bag);
            }
        }

        foreach (var (id, form) in definition.Forms)
        {
            if (form is not null && form.Schema.ValueKind == JsonValueKind.Object && Compile(form.Schema) is null)
            {
                bag.Add(DiagnosticCodes.InvalidFormSchema, $"/forms/{Documents.JsonPositionMap.Escape(id)}/schema", $"The schema of form '{id}' is not a valid JSON Schema.");
            }
        }
    }

    public static void CheckDuration(string text, string pointer, string what, DiagnosticBag bag)
    {
        if (!IsoDuration.TryParse(text, out var duration))
        {
            bag.Add(DiagnosticCodes.InvalidDuration, pointer, $"{what} is '{text}', which is not an ISO 8601 duration such as P10D, P2W or PT48H.");
        }
        else if (duration.IsZero)
        {
            bag.Add(DiagnosticCodes.ZeroDuration, pointer, $"{what} is '{text}', a zero duration.");
        }
    }

    private static StepTypeDescriptor? CheckType(StepDefinition step, string pointer, IStepTypeRegistry registry, DiagnosticBag bag)
    {
        if (step.Type.Length == 0)
        {
            // Missing or not a string: a schema error (CE1002, CE1004). Written as "": malformed.
            if (bag.IsWrittenAs(pointer + "/type", JsonValueKind.String))
            {
                bag.Add(DiagnosticCodes.MalformedStepType, pointer + "/type", $"The step '{step.Id}' has an empty type; write it as 'name', 'name@major' or 'tool:name@major'.");
            }

            return null;
        }

        if (!StepTypeName.TryParse(step.Type, out var name, out var major))
        {
            bag.Add(DiagnosticCodes.MalformedStepType, pointer + "/type", $"The step type '{step.Type}' is not written as 'name', 'name@major' or 'tool:name@major'.");
            return null;
        }

        if (registry.TryGet(name, major, out var descriptor))
        {
            return descriptor;
        }

        if (registry.Contains(name))
        {
            var known = string.Join(", ", registry.All.Where(t => t.Name == name).Select(t => t.Reference));
            bag.Add(DiagnosticCodes.UnsupportedStepTypeVersion, pointer + "/type", $"The step type '{step.Type}' is not available in major version {major}; registered: {known}.");
        }
        else
        {
            bag.Add(DiagnosticCodes.UnknownStepType, pointer + "/type", $"The step type '{step.Type}' of step '{step.Id}' is not registered (built-in types: task, meeting, approval, decision, notify, wait; tools come from plugins).");
        }

        return null;
    }

    private static void CheckConfig(StepDefinition step, string pointer, StepTypeDescriptor descriptor, DiagnosticBag bag)
    {
        // A config that is not an object is already a schema error (CE1004); it is not reported twice.
        if (descriptor.ConfigSchema is not { } schemaElement || step.Config is { ValueKind: not JsonValueKind.Object })
        {
            return;
        }

        var schema = Compile(schemaElement);
        if (schema is null)
        {
            return;
        }

        using var empty = JsonDocument.Parse("{}");
        var config = step.Config ?? empty.RootElement;
        var results = schema.Evaluate(config, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var configPointer = step.Config is null ? pointer : pointer + "/config";
        foreach (var detail in results.IsValid ? [] : results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                if (keyword is "$ref" or "allOf" or "properties" or "items" || IsDurationFormat(keyword, detail.InstanceLocation.ToString(), descriptor))
                {
                    continue;
                }

                bag.Add(DiagnosticCodes.InvalidStepConfig, configPointer + detail.InstanceLocation, $"The config of step '{step.Id}' ({descriptor.Reference}) is not accepted: {message}");
            }
        }

        if (step.Config is { ValueKind: JsonValueKind.Object } present)
        {
            foreach (var property in descriptor.DurationConfigProperties)
            {
                if (present.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    CheckDuration(value.GetString()!, $"{configPointer}/{property}", $"The '{property}' of step '{step.Id}'", bag);
                }
            }
        }
    }

    /// <summary>Duration properties are checked as ISO 8601 durations below (CE5001, CE5002), so their 'format' failure is not reported a second time.</summary>
    private static bool IsDurationFormat(string keyword, string instanceLocation, StepTypeDescriptor descriptor) =>
        keyword == "format" && descriptor.DurationConfigProperties.Any(p => instanceLocation == "/" + p);

    /// <summary>Compiles a JSON Schema once per distinct text; <c>null</c> when it is not a valid schema.</summary>
    internal static JsonSchema? Compile(JsonElement schema) =>
        CompiledSchemas.GetOrAdd(schema.GetRawText(), static text =>
        {
            try
            {
                return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            }
            catch (Exception ex) when (ex is JsonSchemaException or JsonException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or KeyNotFoundException)
            {
                return null;
            }
        });
}

using System.Collections.Concurrent;
using System.Text.Json;
using ConsultEngine.Abstractions;
using Json.Schema;

namespace ConsultEngine.Hosting.Tools;

/// <summary>Checks actions' payloads against their JSON Schemas, each schema built once per tool and action.</summary>
internal sealed class ActionPayloads
{
    private readonly ConcurrentDictionary<(string Tool, string Version, string Action), JsonSchema> _schemas = new();

    /// <summary>The payload's problems (CE9108 at each error's JSON Pointer); empty when it matches.</summary>
    /// <exception cref="JsonException">The action's schema is not valid JSON.</exception>
    /// <exception cref="JsonSchemaException">The action's schema is not a valid JSON Schema.</exception>
    public IReadOnlyList<ToolProblem> Check(ToolManifest manifest, ToolAction action, JsonElement payload)
    {
        var schema = _schemas.GetOrAdd((manifest.Id, manifest.Version, action.Name), _ =>
            JsonSchema.FromText(action.PayloadSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
        var result = schema.Evaluate(payload, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var problems = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => new ToolProblem(ToolCodes.PayloadInvalid, d.InstanceLocation.ToString(), e.Value)))
            .Distinct()
            .ToList();
        return problems.Count > 0 ? problems : [new ToolProblem(ToolCodes.PayloadInvalid, string.Empty, "The payload does not match the action's schema.")];
    }
}

namespace ConsultEngine.Rules.Scripts;

/// <summary>Which script of which definition version: what a fault names.</summary>
internal sealed record ScriptIdentity(string DefinitionId, int DefinitionVersion, RuleScriptKind Kind, string? RuleName, string? StepId, int? CheckIndex)
{
    public static ScriptIdentity ForRule(string id, int version, string name) => new(id, version, RuleScriptKind.Rule, name, null, null);

    public static ScriptIdentity ForGuard(string id, int version, string stepId) => new(id, version, RuleScriptKind.Guard, null, stepId, null);

    public static ScriptIdentity ForCheck(string id, int version, string stepId, int index) => new(id, version, RuleScriptKind.Check, null, stepId, index);

    public static ScriptIdentity ForTool(string name) => new("tool", 0, RuleScriptKind.Tool, name, null, null);

    public string Describe() => Kind switch
    {
        RuleScriptKind.Tool => $"the tool script '{RuleName}'",
        RuleScriptKind.Rule => $"rule '{RuleName}' of {DefinitionId} v{DefinitionVersion}",
        RuleScriptKind.Guard => $"the guard of step '{StepId}' of {DefinitionId} v{DefinitionVersion}",
        _ => $"check {CheckIndex + 1} of step '{StepId}' of {DefinitionId} v{DefinitionVersion}",
    };
}

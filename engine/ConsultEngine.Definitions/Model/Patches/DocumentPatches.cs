namespace ConsultEngine.Definitions.Model.Patches;

/// <summary>Adds a rule that the definition does not have yet.</summary>
public sealed record AddRulePatch : OverlayPatch
{
    public override string Op => "add-rule";

    public string Rule { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;
}

/// <summary>Replaces the source of an existing rule.</summary>
public sealed record ReplaceRulePatch : OverlayPatch
{
    public override string Op => "replace-rule";

    public string Rule { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;
}

/// <summary>Adds a role.</summary>
public sealed record AddRolePatch : OverlayPatch
{
    public override string Op => "add-role";

    public RoleDefinition? Role { get; init; }
}

/// <summary>Adds a form under <see cref="Id"/>.</summary>
public sealed record AddFormPatch : OverlayPatch
{
    public override string Op => "add-form";

    public string Id { get; init; } = string.Empty;

    public FormDefinition? Form { get; init; }
}

/// <summary>Adds a variable.</summary>
public sealed record AddVariablePatch : OverlayPatch
{
    public override string Op => "add-variable";

    public VariableDefinition? Variable { get; init; }
}

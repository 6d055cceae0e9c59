namespace ConsultEngine.Definitions.Diff;

/// <summary>What part of a definition a change is in.</summary>
public enum ChangeArea
{
    Definition,
    Role,
    Variable,
    Rule,
    Form,
    Phase,
    Step,
}

/// <summary>What happened to the element.</summary>
public enum ChangeKind
{
    Added,
    Removed,

    /// <summary>A field of the element has another value (<see cref="DefinitionChange.Field"/>).</summary>
    Changed,

    /// <summary>The element is in another phase (field <c>phase</c>) or at another place among the elements both versions share (field <c>position</c>).</summary>
    Moved,
}

/// <summary>
/// One difference between two definition versions. <see cref="Path"/> is a JSON Pointer into the
/// newer document (into the older one for something removed); the values are compact JSON text,
/// <c>null</c> where the value is absent.
/// </summary>
public sealed record DefinitionChange(ChangeArea Area, ChangeKind Kind, string? Id, string? Field, string Path, string? Before, string? After)
{
    /// <summary>For an overlay's changes: the index of the patch that made it, when one can be named.</summary>
    public int? Patch { get; init; }

    /// <summary>A one-line reading, for logs and snapshot files: <c>step review changed due: "P10D" → "P15D" [/phases/0/steps/2/due]</c>.</summary>
    public override string ToString()
    {
        var what = $"{Area.ToString().ToLowerInvariant()}{(Id is null ? string.Empty : " " + Id)} {Kind.ToString().ToLowerInvariant()}{(Field is null ? string.Empty : " " + Field)}";
        var values = Kind switch
        {
            ChangeKind.Added when Field is null => string.Empty,
            ChangeKind.Removed when Field is null => string.Empty,
            _ => $": {Before ?? "(none)"} → {After ?? "(none)"}",
        };
        return $"{what}{values} [{Path}]{(Patch is { } patch ? $" (patch {patch})" : string.Empty)}";
    }
}

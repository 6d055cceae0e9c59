using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>What the tool reads of a step's config at run time (the schema has already checked its shape).</summary>
internal sealed record FocusGroupConfig(int? Groups, int ParticipantsPerGroup, IReadOnlyList<string> SelectionCriteria)
{
    /// <summary>The roster limit when the config sets none: the schema's maximum of <c>participantsPerGroup</c>.</summary>
    public const int MaxParticipants = 20;

    public static FocusGroupConfig From(ToolContext context)
    {
        var groups = context.ConfigInt("groups");
        var criteria = context.Config.ValueKind == JsonValueKind.Object
            && context.Config.TryGetProperty("selectionCriteria", out var list)
            && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!).ToList()
                : [];
        return new FocusGroupConfig(groups > 0 ? groups : null, context.ConfigInt("participantsPerGroup", MaxParticipants), criteria);
    }
}

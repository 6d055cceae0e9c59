using System.Text;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>Whether a participant meets a group's selection criteria.</summary>
internal static class Criteria
{
    /// <summary>Labels and attribute values compare in Unicode composed form, ignoring case and surrounding spaces ("Nữ" is "nữ").</summary>
    public static bool SameLabel(string a, string b) =>
        string.Equals(a.Trim().Normalize(NormalizationForm.FormC), b.Trim().Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every criterion of the group must be met: a criterion with an attribute rule by the participant's
    /// attribute having one of its values; a declared criterion by the participant's <c>meets</c> naming it.
    /// <c>meets</c> may name only the group's criteria.
    /// </summary>
    public static IEnumerable<ToolProblem> Check(ToolContext context, Group group, Participant participant, string path)
    {
        foreach (var criterion in group.Criteria)
        {
            if (criterion is { Attribute: { } attribute, Values.Count: > 0 })
            {
                var value = participant.Attributes?.Get(attribute);
                if (value is null || !criterion.Values.Any(v => SameLabel(v, value)))
                {
                    yield return Refusal.Problem(context, FocusGroupCodes.ParticipantOutsideCriteria, $"{path}/attributes/{attribute}",
                        $"'{participant.Code}' không đáp ứng tiêu chí '{criterion.Label}' của nhóm '{group.Id}' ({attribute}: {string.Join(", ", criterion.Values)}).",
                        $"'{participant.Code}' does not meet the criterion '{criterion.Label}' of group '{group.Id}' ({attribute}: {string.Join(", ", criterion.Values)}).");
                }
            }
            else if (!(participant.Meets ?? []).Any(m => SameLabel(m, criterion.Label)))
            {
                yield return Refusal.Problem(context, FocusGroupCodes.ParticipantOutsideCriteria, $"{path}/meets",
                    $"Chưa xác nhận '{participant.Code}' đáp ứng tiêu chí '{criterion.Label}' của nhóm '{group.Id}'.",
                    $"'{participant.Code}' is not declared to meet the criterion '{criterion.Label}' of group '{group.Id}'.");
            }
        }

        var meets = participant.Meets ?? [];
        for (var i = 0; i < meets.Count; i++)
        {
            if (!group.Criteria.Any(c => SameLabel(c.Label, meets[i])))
            {
                yield return Refusal.Problem(context, FocusGroupCodes.ParticipantOutsideCriteria, $"{path}/meets/{i}",
                    $"Nhóm '{group.Id}' không có tiêu chí '{meets[i]}'.", $"Group '{group.Id}' has no criterion '{meets[i]}'.");
            }
        }
    }
}

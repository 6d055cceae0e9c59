using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.FocusGroup.Actions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>
/// The focus-group tool (<c>tool:focus-group@1</c>): the narrow consultation of experts and departments
/// that prepares the key questions, and the focus groups of the consultation itself. Staff define groups
/// by selection criteria, enrol pseudonymous participants with their consent, set the discussion guide,
/// record what was said per guide question, and the Working Group codes the passages against a codebook.
/// The tool keeps nothing in memory: groups, guide and codebook are records of the step; passages are
/// inputs of the shared model (see <see cref="Passages"/>).
/// </summary>
public sealed partial class FocusGroupTool : IConsultationTool
{
    /// <summary>The tool's id; definitions use it as <c>tool:focus-group@1</c>.</summary>
    public const string ToolId = "focus-group";

    public ToolManifest Manifest { get; } = FocusGroupManifest.Create();

    /// <summary>Checks what the schema cannot: the config's selection criteria are distinct. Nothing to prepare otherwise.</summary>
    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var criteria = FocusGroupConfig.From(context).SelectionCriteria;
        for (var i = 0; i < criteria.Count; i++)
        {
            if (criteria.Take(i).Any(c => Criteria.SameLabel(c, criteria[i])))
            {
                throw Refusal.Of(context, ToolCodes.ConfigInvalid, $"/selectionCriteria/{i}",
                    $"Tiêu chí lựa chọn '{criteria[i]}' bị lặp.", $"The selection criterion '{criteria[i]}' is listed twice.");
            }
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submission);
        return await PassageActions.CollectAsync(context, submission, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Manifest.Actions.Any(a => a.Name == action))
        {
            throw Refusal.Of(context, ToolCodes.UnknownAction, "", $"Công cụ không có thao tác '{action}'.", $"The tool has no action '{action}'.");
        }

        // Every action is a staff action: whoever acts is named in the records (recorded by, coded by).
        if (string.IsNullOrWhiteSpace(context.Actor))
        {
            throw Refusal.Of(context, ToolCodes.NotAllowed, "", "Chỉ cán bộ đăng nhập mới thực hiện được.", "Only signed-in staff may do this.");
        }

        return action switch
        {
            "define-group" => await GroupActions.DefineAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "remove-group" => await GroupActions.RemoveAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "list-groups" => await GroupActions.ListAsync(context, cancellationToken).ConfigureAwait(false),
            "add-participants" => await RosterActions.AddAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "remove-participant" => await RosterActions.RemoveAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "get-roster" => await RosterActions.GetAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "set-guide" => await GuideActions.SetAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "reorder-guide" => await GuideActions.ReorderAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "get-guide" => await GuideActions.GetAsync(context, cancellationToken).ConfigureAwait(false),
            "record-passages" => await PassageActions.RecordAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "define-theme" => await CodingActions.DefineThemeAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "remove-theme" => await CodingActions.RemoveThemeAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "code-passage" => await CodingActions.CodeAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "second-code-passage" => await CodingActions.SecondCodeAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "uncode" => await CodingActions.UncodeAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "mark-duplicate" => await CodingActions.MarkDuplicateAsync(context, payload, cancellationToken).ConfigureAwait(false),
            "get-codebook" => await CodingActions.GetCodebookAsync(context, cancellationToken).ConfigureAwait(false),
            "coverage" => await CoverageAction.RunAsync(context, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"The action '{action}' is in the manifest but has no handler."),
        };
    }

    /// <summary>Ends the recording of passages; groups, guide and coding stay open to the Working Group.</summary>
    public async ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await new FocusGroupStore(context).MarkClosedAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        return await FocusGroupAnalysis.AnalyseAsync(context, options, cancellationToken).ConfigureAwait(false);
    }
}

using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Actions;

/// <summary>The discussion guide: ordered questions with their probes.</summary>
internal static class GuideActions
{
    /// <summary>Replaces the guide; the questions keep the payload's order. A question with passages must stay.</summary>
    public static async ValueTask<JsonElement?> SetAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<Guide>(payload);
        var store = new FocusGroupStore(context);
        var (current, version) = await store.GuideAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<ToolProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Questions.Count; i++)
        {
            FocusGroupJson.RequireId(request.Questions[i].Id, $"/questions/{i}/id");
            if (!seen.Add(request.Questions[i].Id))
            {
                problems.Add(Refusal.Problem(context, FocusGroupCodes.GuideQuestionDuplicate, $"/questions/{i}/id",
                    $"Câu hỏi '{request.Questions[i].Id}' xuất hiện hai lần.", $"The question '{request.Questions[i].Id}' appears twice."));
            }
        }

        var used = (await Passages.StoredAsync(context, cancellationToken).ConfigureAwait(false))
            .Select(i => i.Subject)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var removed in current.Questions.Where(q => !seen.Contains(q.Id) && used.Contains(q.Id)))
        {
            problems.Add(Refusal.Problem(context, FocusGroupCodes.GuideQuestionInUse, "/questions",
                $"Câu hỏi '{removed.Id}' đã có biên bản, không bỏ khỏi hướng dẫn được.", $"The question '{removed.Id}' has passages and cannot leave the guide."));
        }

        Refusal.ThrowIfAny(context, problems);
        await store.PutGuideAsync(request, version, cancellationToken).ConfigureAwait(false);
        return View(request);
    }

    /// <summary>Puts the questions in a new order, which must name each question exactly once.</summary>
    public static async ValueTask<JsonElement?> ReorderAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<ReorderPayload>(payload);
        var store = new FocusGroupStore(context);
        var (guide, version) = await store.GuideAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<ToolProblem>();
        for (var i = 0; i < request.Order.Count; i++)
        {
            if (!guide.Questions.Any(q => q.Id == request.Order[i]))
            {
                problems.Add(Refusal.Problem(context, FocusGroupCodes.GuideQuestionNotFound, $"/order/{i}",
                    $"Hướng dẫn thảo luận không có câu hỏi '{request.Order[i]}'.", $"The discussion guide has no question '{request.Order[i]}'."));
            }
        }

        if (problems.Count == 0 && (request.Order.Count != guide.Questions.Count || request.Order.Distinct(StringComparer.Ordinal).Count() != request.Order.Count))
        {
            problems.Add(Refusal.Problem(context, FocusGroupCodes.GuideOrderInvalid, "/order",
                $"Thứ tự mới phải nêu đủ {guide.Questions.Count} câu hỏi, mỗi câu một lần.", $"The new order must name all {guide.Questions.Count} questions, each once."));
        }

        Refusal.ThrowIfAny(context, problems);
        var reordered = guide with { Questions = [.. request.Order.Select(id => guide.Questions.First(q => q.Id == id))] };
        await store.PutGuideAsync(reordered, version, cancellationToken).ConfigureAwait(false);
        return View(reordered);
    }

    public static async ValueTask<JsonElement?> GetAsync(ToolContext context, CancellationToken cancellationToken) =>
        View((await new FocusGroupStore(context).GuideAsync(cancellationToken).ConfigureAwait(false)).Guide);

    private static JsonElement View(Guide guide) => FocusGroupJson.Write(new
    {
        questions = guide.Questions.Select((q, i) => new { position = i + 1, q.Id, text = q.Text.ToLocal(), probes = (q.Probes ?? []).Select(p => p.ToLocal()) }),
    });

    private sealed record ReorderPayload
    {
        public required IReadOnlyList<string> Order { get; init; }
    }
}

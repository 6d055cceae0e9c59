using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Actions;

/// <summary>Which guide questions each group discussed: the passages per question, and the questions not yet discussed.</summary>
internal static class CoverageAction
{
    public static async ValueTask<JsonElement?> RunAsync(ToolContext context, CancellationToken cancellationToken)
    {
        var store = new FocusGroupStore(context);
        var groups = await store.GroupsAsync(cancellationToken).ConfigureAwait(false);
        var (guide, _) = await store.GuideAsync(cancellationToken).ConfigureAwait(false);
        // Duplicates repeat what was said; pilot groups are shown, marked as such.
        var inputs = await context.Inputs.ReadAsync(new InputQuery { ExcludeFlags = InputMarks.Withdrawn | InputMarks.Duplicate }, cancellationToken).ConfigureAwait(false);
        var passages = inputs.Select(i => (Of: Passages.Of(i), Question: i.Subject)).ToList();
        return FocusGroupJson.Write(new
        {
            questions = guide.Questions.Select(q => q.Id),
            groups = groups.Select(g =>
            {
                var mine = passages.Where(p => p.Of.Group == g.Id).ToList();
                var discussed = guide.Questions
                    .Select(q => new { question = q.Id, passages = mine.Count(p => p.Question == q.Id) })
                    .ToList();
                return new
                {
                    group = g.Id,
                    g.Pilot,
                    passages = mine.Count,
                    discussed = discussed.Where(d => d.passages > 0),
                    missing = discussed.Where(d => d.passages == 0).Select(d => d.question),
                };
            }),
        });
    }
}

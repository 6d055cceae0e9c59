using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.Portal;

/// <summary>Which questions are shown for the answers given so far, and which options each offers.</summary>
public sealed record SurveyView(IReadOnlySet<string> Shown, IReadOnlyDictionary<string, IReadOnlyList<SurveyOption>> Offered);

/// <summary>
/// Skip logic without JavaScript in the browser: the questionnaire is asked page by page, and after
/// each page the server decides which questions come next. A new page starts before every question
/// that has a skip rule or a choice filter (and at every change of group), so a page's rules only read
/// answers given on earlier pages.
/// <para>
/// The survey tool offers no "which questions are relevant for these answers" call, so the questions'
/// own rules (<c>relevant</c>, <c>choiceFilter</c>, <c>calculation</c>) are run here in the engine's
/// sandbox (<see cref="IToolScripts"/>, the service the tool itself runs them with), over the same
/// scope (<c>answers</c>, <c>self</c>, <c>vars</c>) and in the same order. This decides only what to ask;
/// the tool alone decides what is accepted when the answers are submitted (a hidden answer dropped,
/// a required one missing, a constraint failed).
/// </para>
/// </summary>
internal sealed class SurveyFlow
{
    private readonly SurveyForm _form;
    private readonly IToolScripts _scripts;
    private readonly JsonElement _variables;

    public SurveyFlow(SurveyForm form, IToolScripts scripts, JsonElement variables)
    {
        _form = form;
        _scripts = scripts;
        _variables = variables;
        Pages = Split(form);
    }

    /// <summary>The questionnaire's pages (notes, questions; calculations are left out of pages).</summary>
    public IReadOnlyList<IReadOnlyList<SurveyQuestion>> Pages { get; }

    /// <summary>The page holding <paramref name="questionId"/>, or -1.</summary>
    public int PageOf(string questionId)
    {
        for (var i = 0; i < Pages.Count; i++)
        {
            if (Pages[i].Any(q => string.Equals(q.Id, questionId, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first page after <paramref name="page"/> (or before it, going back) with a question shown, or -1.</summary>
    public int Next(int page, SurveyView view, int direction = 1)
    {
        for (var i = page + direction; i >= 0 && i < Pages.Count; i += direction)
        {
            if (Pages[i].Any(q => view.Shown.Contains(q.Id)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Walks the questionnaire in order with <paramref name="answers"/>, as the tool does: a hidden
    /// question's answer is taken out of the working answers before later rules read them, and
    /// calculations are computed in place. A rule that fails shows its question (the tool reports it).
    /// </summary>
    public SurveyView Evaluate(JsonObject answers)
    {
        var working = (JsonObject)answers.DeepClone();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var offered = new Dictionary<string, IReadOnlyList<SurveyOption>>(StringComparer.Ordinal);
        var groups = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var question in _form.Questions)
        {
            var visible = GroupShown(question.Group, working, groups, 0) && (question.Relevant is null || Test(question.Relevant, working, null, fallback: true));
            if (question.Type == SurveyQuestion.Calculate)
            {
                working.Remove(question.Id);
                if (visible && question.Calculation is not null && Evaluate(question.Calculation, working) is { } computed)
                {
                    working[question.Id] = JsonNode.Parse(computed.GetRawText());
                }

                continue;
            }

            if (!visible)
            {
                working.Remove(question.Id);
                continue;
            }

            shown.Add(question.Id);
            offered[question.Id] = question.ChoiceFilter is null
                ? question.Options
                : [.. question.Options.Where(o => Test(question.ChoiceFilter, working, OptionNode(o), fallback: true))];
        }

        return new SurveyView(shown, offered);
    }

    private static List<IReadOnlyList<SurveyQuestion>> Split(SurveyForm form)
    {
        var pages = new List<IReadOnlyList<SurveyQuestion>>();
        var current = new List<SurveyQuestion>();
        foreach (var question in form.Questions.Where(q => q.Type != SurveyQuestion.Calculate))
        {
            var conditional = question.Relevant is not null || question.ChoiceFilter is not null;
            if (current.Count > 0 && (conditional || !string.Equals(current[^1].Group, question.Group, StringComparison.Ordinal)))
            {
                pages.Add(current);
                current = [];
            }

            current.Add(question);
        }

        if (current.Count > 0)
        {
            pages.Add(current);
        }

        return pages;
    }

    private bool GroupShown(string? id, JsonObject working, Dictionary<string, bool> cache, int depth)
    {
        if (id is null || _form.Group(id) is not { } group)
        {
            return true;
        }

        if (cache.TryGetValue(id, out var known))
        {
            return known;
        }

        var shown = (group.Parent is null || depth > 32 || GroupShown(group.Parent, working, cache, depth + 1))
            && (group.Relevant is null || Test(group.Relevant, working, null, fallback: true));
        cache[id] = shown;
        return shown;
    }

    private bool Test(string script, JsonObject working, JsonNode? self, bool fallback)
    {
        try
        {
            return _scripts.Test(script, Scope(working, self));
        }
        catch (ToolException)
        {
            return fallback;
        }
    }

    private JsonElement? Evaluate(string script, JsonObject working)
    {
        try
        {
            return _scripts.Evaluate(script, Scope(working, null));
        }
        catch (ToolException)
        {
            return null;
        }
    }

    private ToolScriptScope Scope(JsonObject working, JsonNode? self) =>
        new(JsonSerializer.SerializeToElement(working), self is null ? null : JsonSerializer.SerializeToElement(self), _variables);

    private static JsonObject OptionNode(SurveyOption option)
    {
        var node = new JsonObject { ["name"] = option.Value };
        foreach (var (key, text) in option.Properties ?? new Dictionary<string, string>())
        {
            node[key] = text;
        }

        return node;
    }
}

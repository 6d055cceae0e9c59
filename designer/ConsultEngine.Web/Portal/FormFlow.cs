using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The pages of a form and the way through them given the tool's evaluation: a page whose fields are
/// all skipped is not shown; the errors that stop a page are those about its shown fields. Nothing here
/// decides what applies — the tool does (<see cref="FormEvaluation.Show"/>).
/// </summary>
internal sealed class FormFlow
{
    private readonly IReadOnlyList<IReadOnlyList<FormField>> _pages;

    public FormFlow(SurfaceForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        Form = form;
        var byPath = form.Fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
        _pages = form.Pages.Count == 0
            ? [form.Fields]
            : [.. form.Pages.Select(p => (IReadOnlyList<FormField>)[.. p.Fields.Select(byPath.GetValueOrDefault).OfType<FormField>()])];
    }

    public SurfaceForm Form { get; }

    public int Count => _pages.Count;

    /// <summary>The title of a page (none for a form of one page).</summary>
    public LocalText? Title(int page) => Form.Pages.Count > page ? Form.Pages[page].Title : null;

    /// <summary>Every field of <paramref name="page"/>, whether it applies or not (a post is read against these).</summary>
    public IReadOnlyList<FormField> Fields(int page) => page < 0 || page >= _pages.Count ? [] : _pages[page];

    /// <summary>The fields of <paramref name="page"/> that apply now (hidden fields always travel with their page).</summary>
    public IReadOnlyList<FormField> Shown(int page, FormEvaluation evaluation) =>
        page < 0 || page >= _pages.Count ? [] : [.. _pages[page].Where(f => IsShown(f, evaluation))];

    /// <summary>The next page (or the previous one when <paramref name="direction"/> is -1) with a field that applies, or -1.</summary>
    public int Next(int page, FormEvaluation evaluation, int direction = 1)
    {
        for (var candidate = page + direction; candidate >= 0 && candidate < _pages.Count; candidate += direction)
        {
            if (_pages[candidate].Any(f => f.Widget != FieldWidget.Hidden && IsShown(f, evaluation)))
            {
                return candidate;
            }
        }

        return -1;
    }

    /// <summary>The page holding the field at <paramref name="pointer"/>, or -1.</summary>
    public int PageOf(string pointer)
    {
        for (var page = 0; page < _pages.Count; page++)
        {
            if (_pages[page].Any(f => string.Equals(f.Path, pointer, StringComparison.Ordinal)))
            {
                return page;
            }
        }

        return -1;
    }

    /// <summary>The errors about the shown fields of <paramref name="page"/>.</summary>
    public IReadOnlyList<ToolProblem> Blocking(int page, FormEvaluation evaluation)
    {
        var paths = Shown(page, evaluation).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return [.. evaluation.Problems.Where(p => p.Severity == ProblemSeverity.Error && paths.Contains(p.Path))];
    }

    /// <summary>The fields that do not apply: their values are dropped before the body is sent.</summary>
    public IEnumerable<FormField> Skipped(FormEvaluation evaluation) => Form.Fields.Where(f => !IsShown(f, evaluation));

    private static bool IsShown(FormField field, FormEvaluation evaluation) =>
        field.Widget == FieldWidget.Hidden || evaluation.Show.Contains(field.Path, StringComparer.Ordinal);
}

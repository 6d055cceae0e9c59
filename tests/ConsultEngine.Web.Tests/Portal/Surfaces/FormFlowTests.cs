using ConsultEngine.Abstractions;
using ConsultEngine.Web.Portal;

namespace ConsultEngine.Web.Tests.Portal.Surfaces;

/// <summary>The way through a form's pages follows the tool's evaluation: skipped pages are passed over, only the page's own errors stop it.</summary>
public sealed class FormFlowTests
{
    private static readonly LocalText Label = new("Nhãn", "Label");

    private static readonly SurfaceForm Form = new()
    {
        Id = "main",
        Fields =
        [
            new() { Path = "/answers/collected", Label = Label, Widget = FieldWidget.Radio },
            new() { Path = "/answers/frequency", Label = Label, Widget = FieldWidget.Number },
            new() { Path = "/answers/why-not", Label = Label, Widget = FieldWidget.TextArea },
            new() { Path = "/answers/satisfaction", Label = Label, Widget = FieldWidget.Scale },
        ],
        Pages =
        [
            new("p1", null, ["/answers/collected"]),
            new("p2", null, ["/answers/frequency"]),
            new("p3", null, ["/answers/why-not", "/answers/satisfaction"]),
        ],
    };

    [Fact]
    public void Next_PassesOverAPageWhoseFieldsAreAllSkipped()
    {
        var flow = new FormFlow(Form);
        var no = new FormEvaluation { Show = ["/answers/collected", "/answers/why-not", "/answers/satisfaction"] };
        Assert.Equal(2, flow.Next(0, no));
        Assert.Equal(0, flow.Next(2, no, -1));
        Assert.Equal(-1, flow.Next(2, no));
    }

    [Fact]
    public void Blocking_IsOnlyTheErrorsAboutTheShownFieldsOfThePage()
    {
        var flow = new FormFlow(Form);
        var evaluation = new FormEvaluation
        {
            Show = ["/answers/collected", "/answers/why-not", "/answers/satisfaction"],
            Problems =
            [
                new("CE9225", "/answers/satisfaction", "required"),
                new("CE9225", "/answers/frequency", "required"),
                new("CE9999", "/answers/collected", "a warning", ProblemSeverity.Warning),
            ],
        };
        Assert.Empty(flow.Blocking(0, evaluation));
        Assert.Empty(flow.Blocking(1, evaluation));
        Assert.Equal(["/answers/satisfaction"], flow.Blocking(2, evaluation).Select(p => p.Path));
    }

    [Fact]
    public void AFormWithoutPages_IsOnePageOfEveryField()
    {
        var flow = new FormFlow(Form with { Pages = [] });
        Assert.Equal(1, flow.Count);
        Assert.Equal(4, flow.Shown(0, FormEvaluation.All(Form)).Count);
        Assert.Equal(0, flow.PageOf("/answers/why-not"));
    }

    [Fact]
    public void Skipped_AreTheFieldsTheToolDidNotShow_ButNeverAHiddenOne()
    {
        var form = Form with { Fields = [.. Form.Fields, new FormField { Path = "/subject", Label = Label, Widget = FieldWidget.Hidden, Value = "a1" }] };
        var flow = new FormFlow(form);
        var skipped = flow.Skipped(new FormEvaluation { Show = ["/answers/collected"] }).Select(f => f.Path);
        Assert.Equal(["/answers/frequency", "/answers/why-not", "/answers/satisfaction"], skipped);
    }
}

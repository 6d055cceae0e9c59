using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;
using Snapshooter.Xunit;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class PublicSurfaceTests
{
    private static readonly string[] BusFarePaths =
    [
        "/answers/ward", "/answers/uses_bus", "/answers/trips_per_week", "/answers/monthly_pass", "/answers/fare_support",
        "/answers/reasons", "/answers/reasons_other", "/answers/fair_fare", "/answers/priorities", "/answers/started_on", "/answers/comment",
    ];

    internal static async Task<PublicSurface?> PublicAsync(ToolTestBench bench) =>
        await ((IToolSurfaces)bench.Tool).DescribePublicAsync(bench.Context(actor: null), CancellationToken.None);

    [Fact]
    public async Task PublicSurface_HasOneSubmissionFormMain_WithAFieldPerQuestionThatTakesAnAnswer()
    {
        var surface = await PublicAsync(await Support.BenchAsync());

        var form = Assert.Single(surface!.Forms);
        Assert.Equal(("main", FormTarget.Submission), (form.Id, form.Target));
        Assert.Equal(BusFarePaths, form.Fields.Select(f => f.Path));
    }

    [Fact]
    public async Task PublicSurface_TakesTitleFromTheQuestionnaire_AndItsOpeningNoteAsInstructions()
    {
        var surface = await PublicAsync(await Support.BenchAsync());

        Assert.Equal("Consultation on the draft resolution on subsidised bus fares", surface!.Title!.En);
        Assert.StartsWith("Hội đồng nhân dân thành phố", surface.Instructions!.Vi, StringComparison.Ordinal);
        Assert.Equal(SurfaceStatus.Open, surface.Status);
    }

    [Fact]
    public async Task Fields_HaveTheWidgetOfTheirQuestionType()
    {
        var form = (await PublicAsync(await Support.BenchAsync()))!.Forms[0];
        FormField Field(string id) => form.Fields.Single(f => f.Path == "/answers/" + id);

        Assert.Equal(FieldWidget.Radio, Field("ward").Widget);
        Assert.Equal((FieldWidget.Number, 0d, 50d, 1d), (Field("trips_per_week").Widget, Field("trips_per_week").Minimum, Field("trips_per_week").Maximum, Field("trips_per_week").Step));
        Assert.Equal((FieldWidget.Number, (double?)null), (Field("fair_fare").Widget, Field("fair_fare").Step));
        Assert.Equal(FieldWidget.Scale, Field("fare_support").Widget);
        Assert.Equal((FieldWidget.Checkboxes, 3), (Field("reasons").Widget, Field("reasons").MaxChoices));
        Assert.Equal((FieldWidget.Text, 500), (Field("reasons_other").Widget, Field("reasons_other").MaxLength));
        Assert.Equal((FieldWidget.Ranking, 3), (Field("priorities").Widget, Field("priorities").MaxChoices));
        Assert.Equal(FieldWidget.Date, Field("started_on").Widget);
        Assert.Equal((FieldWidget.TextArea, 2000), (Field("comment").Widget, Field("comment").MaxLength));
    }

    [Fact]
    public async Task Fields_CarryLabelsInBothLanguages_RequiredAndChoicesInOrder()
    {
        var form = (await PublicAsync(await Support.BenchAsync()))!.Forms[0];
        var ward = form.Fields[0];

        Assert.Equal(new LocalText("Anh/chị sống ở phường nào?", "Which ward do you live in?"), ward.Label);
        Assert.True(ward.Required);
        Assert.False(form.Fields.Single(f => f.Path == "/answers/monthly_pass").Required);
        Assert.Equal(["ba_dinh", "hoan_kiem", "cau_giay"], ward.Choices.Select(c => c.Value));
        Assert.Equal(new LocalText("Hoàn Kiếm", "Hoan Kiem"), ward.Choices[1].Label);
    }

    [Fact]
    public async Task Pages_BreakAtEveryGroupAndBeforeEveryConditionalQuestion()
    {
        var form = (await PublicAsync(await Support.BenchAsync()))!.Forms[0];

        Assert.Equal(
            [
                ["/answers/ward", "/answers/uses_bus"],
                ["/answers/trips_per_week", "/answers/monthly_pass"],
                ["/answers/fare_support", "/answers/reasons"],
                ["/answers/reasons_other", "/answers/fair_fare", "/answers/priorities", "/answers/started_on", "/answers/comment"],
            ],
            form.Pages.Select(p => p.Fields));
        Assert.Equal("For bus riders", form.Pages[1].Title!.En);
        Assert.Null(form.Pages[0].Title);
    }

    [Fact]
    public async Task ManyOptions_MakeASingleChoiceADropDown()
    {
        var options = string.Join(", ", Enumerable.Range(1, 12).Select(i => $$"""{ "value": "c{{i}}" }"""));
        var bench = await Support.BenchAsync($$"""{ "questions": [ { "id": "commune", "type": "single-choice", "label": { "vi": "Xã" }, "options": [{{options}}] } ] }""", setQuestionnaire: false);

        var field = Assert.Single((await PublicAsync(bench))!.Forms[0].Fields);

        Assert.Equal((FieldWidget.Select, 12), (field.Widget, field.Choices.Count));
    }

    [Fact]
    public async Task ALaterNote_LeadsTheHintOfTheQuestionAfterIt()
    {
        var bench = await Support.BenchAsync(
            """
            { "questions": [
              { "id": "a", "type": "text", "label": { "vi": "A" } },
              { "id": "n", "type": "note", "label": { "vi": "Phần hai", "en": "Part two" } },
              { "id": "b", "type": "text", "label": { "vi": "B" }, "hint": { "vi": "Gợi ý", "en": "Hint" } } ] }
            """,
            setQuestionnaire: false);

        var form = (await PublicAsync(bench))!.Forms[0];

        Assert.Null(form.Fields[0].Hint);
        Assert.Equal(new LocalText("Phần hai Gợi ý", "Part two Hint"), form.Fields[1].Hint);
    }

    [Theory]
    [InlineData("""{ "channels": ["paper", "enumerator"] }""")]
    [InlineData("""{ "channels": ["import"] }""")]
    public async Task AConfigWithoutTheWebChannel_HasNoPublicSurface(string config)
    {
        var bench = await Support.BenchAsync(config);

        Assert.Null(await PublicAsync(bench));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "channels": ["paper", "web"] }""")]
    public async Task AConfigWithTheWebChannelOrNoChannels_HasAPublicSurface(string config)
    {
        var bench = await Support.BenchAsync(config);

        Assert.NotNull(await PublicAsync(bench));
    }

    [Fact]
    public async Task BeforeAQuestionnaireIsSet_ThePublicSurfaceHasNoForm()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);

        var surface = await PublicAsync(bench);

        Assert.Empty(surface!.Forms);
    }

    [Fact]
    public async Task BeforeTheStepIsOpened_AnInlineQuestionnaireIsDescribed_AndNothingIsStored()
    {
        var bench = new ToolTestBench(Support.Tool(), """{ "questions": [ { "id": "a", "type": "text", "label": { "vi": "A" } } ] }""");

        var surface = await PublicAsync(bench);

        Assert.Equal(["/answers/a"], surface!.Forms[0].Fields.Select(f => f.Path));
        Assert.Empty(bench.Store.AllRecords());
    }

    [Fact]
    public async Task PublicSurface_OfTheBusFaresQuestionnaire_MatchesItsSnapshot()
    {
        var surface = await PublicAsync(await Support.BenchAsync());

        Snapshot.Match(ToolTestBench.ToJson(surface));
    }
}

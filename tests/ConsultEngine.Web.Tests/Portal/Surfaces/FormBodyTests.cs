using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Web.Portal;

namespace ConsultEngine.Web.Tests.Portal.Surfaces;

/// <summary>The body of a tool's form is built from a plain form post by the fields' pointers and widgets alone.</summary>
public sealed class FormBodyTests
{
    private static readonly LocalText Label = new("Nhãn", "Label");

    private static FormField Field(string path, FieldWidget widget, params string[] choices) =>
        new() { Path = path, Label = Label, Widget = widget, Choices = [.. choices.Select(c => new FieldChoice(c, Label))] };

    private static Func<string, IReadOnlyList<string>> Posted(params (string Name, string Value)[] values) =>
        name => [.. values.Where(v => v.Name == name).Select(v => v.Value)];

    [Fact]
    public void Read_PutsEachValueAtItsPointer_TypedByItsWidget()
    {
        var body = new JsonObject();
        FormBody.Read(body,
            [
                Field("/answers/q1", FieldWidget.Radio, "yes", "no"),
                Field("/answers/count", FieldWidget.Number),
                Field("/answers/mood", FieldWidget.Scale, "1", "2", "3"),
                Field("/answers/services", FieldWidget.Checkboxes, "bins", "sorting", "night"),
                Field("/answers/agree", FieldWidget.Toggle),
                Field("/identifier", FieldWidget.Text),
                Field("/respondent/gender", FieldWidget.Select, "female", "male"),
                Field("/text", FieldWidget.TextArea),
            ],
            Posted(("/answers/q1", "yes"), ("/answers/count", "3"), ("/answers/mood", "2"), ("/answers/services", "bins"), ("/answers/services", "night"),
                ("/answers/agree", "true"), ("/identifier", " 0901 000 111 "), ("/respondent/gender", "female"), ("/text", "")));

        Assert.Equal(
            """{"answers":{"q1":"yes","count":3,"mood":2,"services":["bins","night"],"agree":true},"identifier":"0901 000 111","respondent":{"gender":"female"}}""",
            body.ToJsonString());
    }

    [Fact]
    public void Read_ARankingIsTheChoicesInRankOrder_EachOnce()
    {
        var body = new JsonObject();
        FormBody.Read(body, [Field("/answers/priorities", FieldWidget.Ranking, "price", "cleanliness", "frequency")],
            Posted(("/answers/priorities#1", "price"), ("/answers/priorities#2", "price"), ("/answers/priorities#3", "frequency")));
        Assert.Equal("""{"answers":{"priorities":["price","frequency"]}}""", body.ToJsonString());
    }

    [Fact]
    public void Read_AHiddenFieldCarriesItsOwnValue_NotWhatWasPosted()
    {
        var body = new JsonObject();
        FormBody.Read(body, [Field("/subject", FieldWidget.Hidden) with { Value = "article-2" }], Posted(("/subject", "article-9")));
        Assert.Equal("""{"subject":"article-2"}""", body.ToJsonString());
    }

    [Fact]
    public void Read_ADecimalIsANumber_AndWhatIsNotANumberStaysTextForTheToolToRefuse()
    {
        var body = new JsonObject();
        FormBody.Read(body, [Field("/answers/a", FieldWidget.Number), Field("/answers/b", FieldWidget.Number)], Posted(("/answers/a", "2,5"), ("/answers/b", "many")));
        Assert.Equal("""{"answers":{"a":2.5,"b":"many"}}""", body.ToJsonString());
    }

    [Fact]
    public void Read_AnEmptyControlRemovesTheEarlierValue_AndAnUncheckedToggleIsFalse()
    {
        var body = FormBody.Carried("""{"answers":{"q1":"yes","keep":"x"}}""");
        FormBody.Read(body, [Field("/answers/q1", FieldWidget.Radio, "yes"), Field("/answers/agree", FieldWidget.Toggle)], Posted());
        Assert.Equal("""{"answers":{"keep":"x","agree":false}}""", body.ToJsonString());
    }

    [Theory]
    [InlineData("/a~1b/c~0d", "a/b", "c~d")]
    [InlineData("/answers/q1", "answers", "q1")]
    public void Segments_UnescapeTheJsonPointer(string pointer, string first, string second) =>
        Assert.Equal([first, second], FormBody.Segments(pointer));

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void Carried_WhatIsNotAnObject_IsAnEmptyBody(string carried) =>
        Assert.Empty(FormBody.Carried(carried));

    [Fact]
    public void SubmissionOf_ReadsThePublicSubmissionShape()
    {
        var body = FormBody.Carried("""{"answers":{"q1":"yes"},"text":"Ý kiến","identifier":"0901","subject":"article-1","respondent":{"gender":"female","ageBand":"30-44"}}""");
        var submission = PublicForms.SubmissionOf(body);
        Assert.Equal(InputChannel.Web, submission.Channel);
        Assert.Equal("yes", submission.Answers!.Value.GetProperty("q1").GetString());
        Assert.Equal(("Ý kiến", "0901", "article-1"), (submission.Text, submission.Identifier, submission.Subject));
        Assert.Equal(("female", "30-44"), (submission.Respondent.Gender, submission.Respondent.AgeBand));
    }

    [Fact]
    public void ReceiptOf_AnAction_IsTheIdItAnswered_NotOneTheBodySent()
    {
        var body = FormBody.Carried("""{"sessionId":"s1","fullName":"A"}""");
        var result = System.Text.Json.JsonSerializer.SerializeToElement(new { sessionId = "s1", registrationId = "r-7", status = "registered" });
        Assert.Equal("r-7", PublicForms.ReceiptOf(result, body));
    }
}

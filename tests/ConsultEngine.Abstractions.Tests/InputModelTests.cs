using static ConsultEngine.Abstractions.Tests.Inputs;

namespace ConsultEngine.Abstractions.Tests;

public sealed class InputModelTests
{
    [Fact]
    public void InputQuery_All_MatchesEveryInput()
    {
        Assert.True(InputQuery.All.Matches(Input(flags: InputMarks.Pilot | InputMarks.Duplicate | InputMarks.Withdrawn)));
    }

    [Theory]
    [InlineData(InputMarks.None, true)]
    [InlineData(InputMarks.Pilot, false)]
    [InlineData(InputMarks.Duplicate, false)]
    [InlineData(InputMarks.Withdrawn, false)]
    [InlineData(InputMarks.Pilot | InputMarks.Withdrawn, false)]
    public void InputQuery_Counted_LeavesOutAnyExcludedFlag(InputMarks flags, bool matches) =>
        Assert.Equal(matches, InputQuery.Counted.Matches(Input(flags: flags)));

    [Fact]
    public void InputQuery_FiltersBySubjectChannelAndRespondentAttribute()
    {
        var input = Input(subject: "q1", respondent: Person("nữ", "Hải Châu"));

        Assert.True(new InputQuery { Subject = "q1", Channel = InputChannel.Web, Respondent = ("commune", "Hải Châu") }.Matches(input));
        Assert.False(new InputQuery { Subject = "Q1" }.Matches(input));
        Assert.False(new InputQuery { Channel = InputChannel.Paper }.Matches(input));
        Assert.False(new InputQuery { Respondent = ("gender", "nam") }.Matches(input));
        Assert.False(new InputQuery { Respondent = ("unknown", "nữ") }.Matches(input));
        Assert.False(new InputQuery { Subject = "q1" }.Matches(Input()));
    }

    [Fact]
    public void RespondentAttributes_Get_ReadsEachNamedAttribute_AndNothingElse()
    {
        var person = new RespondentAttributes { Province = "Đà Nẵng", Commune = "Sơn Trà", District = "Sơn Trà (cũ)", Gender = "nữ", AgeBand = "30-44", Ethnicity = "Kinh", Occupation = "giáo viên" };

        Assert.Equal(["Đà Nẵng", "Sơn Trà", "Sơn Trà (cũ)", "nữ", "30-44", "Kinh", "giáo viên"], RespondentAttributes.Names.Select(person.Get));
        Assert.Null(person.Get("Gender"));
        Assert.Null(person.Get("name"));
        Assert.All(RespondentAttributes.Names, n => Assert.Null(RespondentAttributes.None.Get(n)));
    }

    [Fact]
    public void RespondentAttributes_CommuneComesAfterTheProvince_AndDistrictStaysForOlderData() =>
        Assert.Equal(["province", "commune", "district", "gender", "ageBand", "ethnicity", "occupation"], RespondentAttributes.Names);

    [Fact]
    public void RespondentAttributes_CommuneCode_IsReadAndFilteredByButNotCrossTabulated()
    {
        var person = new RespondentAttributes { Commune = "Hải Châu", CommuneCode = "hai-chau" };

        Assert.Equal("hai-chau", person.Get("communeCode"));
        Assert.DoesNotContain("communeCode", RespondentAttributes.Names);
        Assert.True(new InputQuery { Respondent = ("communeCode", "hai-chau") }.Matches(Input(respondent: person)));
    }

    [Theory]
    [InlineData("vi", "Xin chào")]
    [InlineData("en", "Hello")]
    [InlineData("EN", "Hello")]
    [InlineData("fr", "Xin chào")]
    [InlineData("", "Xin chào")]
    public void LocalText_In_GivesEnglishForEnAndVietnameseOtherwise(string language, string expected) =>
        Assert.Equal(expected, new LocalText("Xin chào", "Hello").In(language));

    [Fact]
    public void ConsultationInput_Is_TestsOneFlag_AndNoneIsNeverSet()
    {
        var input = Input(flags: InputMarks.Pilot | InputMarks.Duplicate);

        Assert.True(input.Is(InputMarks.Pilot));
        Assert.True(input.Is(InputMarks.Duplicate));
        Assert.False(input.Is(InputMarks.Withdrawn));
        Assert.False(input.Is(InputMarks.None));
    }

    [Fact]
    public void CollectResult_IsAcceptedWithInputsAndNoError_WarningsAllowed()
    {
        var input = Input();

        Assert.True(CollectResult.Accept(input, warnings: [new ToolProblem("CE9999", "q", "quota filled", ProblemSeverity.Warning)]).Accepted);
        Assert.False(CollectResult.Refuse("CE9999", "q", "no").Accepted);
        Assert.False(new CollectResult().Accepted);
    }

    [Fact]
    public void ToolException_CarriesItsCodeAndProblems_TheDefaultIsAToolFault()
    {
        var problem = new ToolProblem(ToolCodes.PayloadInvalid, "/a", "bad");

        Assert.Equal(ToolCodes.ToolFault, new ToolException().Code);
        Assert.Equal(ToolCodes.ToolFault, new ToolException("x").Code);
        Assert.Equal([problem], new ToolException(ToolCodes.PayloadInvalid, "bad", [problem]).Problems);
    }
}

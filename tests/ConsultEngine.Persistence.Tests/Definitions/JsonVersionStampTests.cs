using ConsultEngine.Persistence.Definitions;

namespace ConsultEngine.Persistence.Tests.Definitions;

public sealed class JsonVersionStampTests
{
    [Fact]
    public void Apply_ChangesOnlyTheTopLevelNumber_KeepingTheLayout()
    {
        const string overlay = "{\n  \"id\": \"hdnd.x\",\n  \"version\":   1 ,\n  \"extends\": { \"id\": \"hdnd.standard\", \"version\": 1 }\n}";

        Assert.Equal("{\n  \"id\": \"hdnd.x\",\n  \"version\":   12 ,\n  \"extends\": { \"id\": \"hdnd.standard\", \"version\": 1 }\n}", JsonVersionStamp.Apply(overlay, 12));
    }

    [Fact]
    public void Apply_WithoutAVersion_AddsOne()
    {
        Assert.Equal("{\"version\": 3, \"id\": \"a\" }", JsonVersionStamp.Apply("{ \"id\": \"a\" }", 3));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{ \"id\": ")]
    [InlineData("{} {}")]
    public void Apply_TextThatIsNotOneJsonObject_GivesNull(string text)
    {
        Assert.Null(JsonVersionStamp.Apply(text, 2));
    }
}

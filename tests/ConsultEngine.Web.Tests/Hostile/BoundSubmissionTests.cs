using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Edges;
using ConsultEngine.Web.Portal;
using ConsultEngine.Web.Portal.Api;
using ConsultEngine.Web.Portal.Privacy;

namespace ConsultEngine.Web.Tests.Hostile;

/// <summary>
/// A direct submission is checked and sent as bound, no longer copied into a JSON tree: the caps, the
/// sensitive-consent check and the submission the tool gets are the same as the tree's, problem for problem.
/// </summary>
public sealed class BoundSubmissionTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { AllowDuplicateProperties = false };

    private static readonly JsonSerializerOptions Tree = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly PublicLimitSettings Small = new() { TextLength = 5, AttributeLength = 3, Answers = 2, ProblemsReported = 3 };

    public static TheoryData<string> Bodies => new()
    {
        """{"answers":{"q1":"yes","q2":"no"},"identifier":"090","consent":{"privacy":true}}""",
        """{"answers":{"q1":"too long a text","q2":["a","b","c"],"q3":"x"},"text":"longer than five"}""",
        """{"answers":{"q1":"ok","q2":["short","far too long"],"q~/x":"escaped pointer!"},"respondent":{"province":"Nghệ An","ethnicity":"Kinh"}}""",
        """{"answers":{"q1":{"inner":"a nested text","n":[1,2,3]}},"identifier":"0901000111","verificationCode":"123456","subject":"article-2","respondent":{"commune":"Xã Nghi Lộc","gender":"female","ageBand":"18-29","occupation":"farmer"}}""",
        """{"answers":["one","two","three"],"text":"fine"}""",
        """{"answers":"not an object","text":"a b c d e f","identifier":"    "}""",
        """{"text":"123456","identifier":"1234","verificationCode":"1234567","subject":"123456","respondent":{"province":"long","commune":"long","communeCode":"long","district":"long","gender":"long","ageBand":"long","ethnicity":"long","occupation":"long"}}""",
        """{"respondent":{"ethnicity":"   "},"answers":null}""",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void TheCapsOfABoundSubmission_AreTheTreeWalksProblemForProblem(string json)
    {
        var (bound, tree) = Both(json);

        Assert.Equal(Describe(PublicFieldCaps.Check(tree, Small)), Describe(PublicFieldCaps.Check(bound, Small)));
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void ASensitiveAttributeIsSeenInABoundSubmission_AsInTheTree(string json)
    {
        var (bound, tree) = Both(json);

        Assert.Equal(ConsentCheck.SensitiveGiven(tree), ConsentCheck.SensitiveGiven(bound.Respondent));
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void TheToolGetsTheSameSubmissionFromTheBoundBody_AsFromTheTree(string json)
    {
        var (bound, tree) = Both(json);

        var expected = PublicForms.SubmissionOf(tree);
        var actual = PublicForms.SubmissionOf(bound);

        Assert.Equal(expected.Answers?.GetRawText(), actual.Answers?.GetRawText());
        Assert.Equal(expected with { Answers = null }, actual with { Answers = null });
    }

    [Fact]
    public void OverTheCaps_TheListIsCutWithItsWarning_AsForATree()
    {
        var (bound, _) = Both("""{"text":"123456","identifier":"1234","verificationCode":"1234567","subject":"123456","respondent":{"province":"long"}}""");

        var problems = PublicFieldCaps.Check(bound, Small);

        Assert.Equal([WebErrorCodes.PublicTextTooLong, WebErrorCodes.RespondentAttributeTooLong, WebErrorCodes.PublicTextTooLong, WebErrorCodes.ProblemsTruncated], problems.Select(p => p.Code));
    }

    /// <summary>The body as the endpoint binds it, and the tree it used to be copied into (without notify and consent).</summary>
    private static (PublicSubmission Bound, JsonObject Tree) Both(string json)
    {
        var bound = JsonSerializer.Deserialize<PublicSubmission>(json, Web)!;
        var tree = (JsonObject)JsonSerializer.SerializeToNode(bound with { Notify = null, Consent = null }, Tree)!;
        return (bound, tree);
    }

    private static string[] Describe(IEnumerable<Abstractions.ToolProblem> problems) =>
        [.. problems.Select(p => $"{p.Code} {p.Path} {p.Message} {p.Severity}")];
}

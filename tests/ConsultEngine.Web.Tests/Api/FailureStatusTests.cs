using ConsultEngine.Abstractions;
using ConsultEngine.Web.Api;
using Microsoft.AspNetCore.Http;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>The one mapping from a kind of failure to its HTTP status, and the kinds of the tool contract's codes.</summary>
public sealed class FailureStatusTests
{
    [Theory]
    [InlineData(FailureKind.Malformed, 400)]
    [InlineData(FailureKind.Invalid, 422)]
    [InlineData(FailureKind.Unauthenticated, 401)]
    [InlineData(FailureKind.Forbidden, 403)]
    [InlineData(FailureKind.NotFound, 404)]
    [InlineData(FailureKind.MethodNotAllowed, 405)]
    [InlineData(FailureKind.Conflict, 409)]
    [InlineData(FailureKind.TooMany, 429)]
    [InlineData(FailureKind.Unavailable, 503)]
    [InlineData(FailureKind.Fault, 500)]
    [InlineData(FailureKind.TooLarge, 413)]
    public void EachKind_HasItsStatus(FailureKind kind, int status) => Assert.Equal(status, FailureStatus.Of(kind));

    [Fact]
    public void EveryKind_HasAStatusOfItsOwn()
    {
        var kinds = Enum.GetValues<FailureKind>();
        Assert.Equal(kinds.Length, kinds.Select(FailureStatus.Of).Distinct().Count());
    }

    [Theory]
    [InlineData(ToolCodes.PayloadInvalid, FailureKind.Invalid)]
    [InlineData(ToolCodes.ConfigInvalid, FailureKind.Invalid)]
    [InlineData(ToolCodes.ToolNotLoaded, FailureKind.Unavailable)]
    [InlineData(ToolCodes.StepNotCollecting, FailureKind.Conflict)]
    [InlineData(ToolCodes.AlreadySubmitted, FailureKind.Conflict)]
    [InlineData(ToolCodes.RecordConflict, FailureKind.Conflict)]
    [InlineData(ToolCodes.NotAllowed, FailureKind.Forbidden)]
    [InlineData(ToolCodes.InputNotFound, FailureKind.NotFound)]
    [InlineData(ToolCodes.UnknownAction, FailureKind.NotFound)]
    [InlineData(ToolCodes.ToolFault, FailureKind.Fault)]
    [InlineData(ToolCodes.PluginLoadFailed, FailureKind.Fault)]
    [InlineData(Runtime.RuntimeCodes.InstanceNotFound, FailureKind.NotFound)]
    [InlineData(Runtime.RuntimeCodes.StepNotWaiting, FailureKind.Conflict)]
    [InlineData(Runtime.RuntimeCodes.OutputInvalid, FailureKind.Invalid)]
    [InlineData(StaffConsole.ConsoleCodes.BadRequest, FailureKind.Malformed)]
    [InlineData(WebErrorCodes.NotSignedIn, FailureKind.Unauthenticated)]
    [InlineData(WebErrorCodes.RateLimited, FailureKind.TooMany)]
    [InlineData(WebErrorCodes.PublicBodyTooLarge, FailureKind.TooLarge)]
    public void ACode_HasTheKindItsCatalogueDeclares(string code, FailureKind kind) => Assert.Equal(kind, FailureKinds.Of(code));

    [Fact]
    public void AToolRefusal_IsAConsultEngineException_OfItsCodesKind()
    {
        ConsultEngineException refused = new ToolException(ToolCodes.ToolNotLoaded, "No tool.");
        Assert.Equal(FailureKind.Unavailable, refused.Kind);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, FailureStatus.Of(refused.Kind));
    }

    [Fact]
    public void ACodeOutsideTheRegister_IsAFault_AndKeepsTheStatusAskedFor()
    {
        Assert.Equal(FailureKind.Fault, FailureKinds.Of("not-a-code"));
        Assert.Equal(FailureKind.Fault, FailureKinds.Of("CE8300"));
        Assert.Equal(StatusCodes.Status418ImATeapot, FailureStatus.OfCode("not-a-code", StatusCodes.Status418ImATeapot));
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, FailureStatus.OfCode(ToolCodes.PayloadInvalid, StatusCodes.Status400BadRequest));
    }

    [Fact]
    public void ARangesDefault_AppliesToACodeItsCatalogueDoesNotMark()
    {
        Assert.Equal(FailureKind.Invalid, FailureKinds.Of("CE1002"));
        Assert.Equal(FailureKind.NotFound, FailureKinds.Of(StaffConsole.Prefill.PrefillCodes.NoPrefill));
    }
}

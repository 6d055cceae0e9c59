using ConsultEngine.Persistence.Codebooks;

namespace ConsultEngine.Web.StaffConsole;

public sealed partial record Refusal
{
    private static Refusal Codebook(CodebookException e) =>
        new(CodebookStatus(e.Code), e.Code, e.Message, e.Subject is null ? [] : [new RefusalError(e.Code, null, e.Subject)]);

    private static int CodebookStatus(string code) => code switch
    {
        CodebookCodes.ConsultationNotFound or CodebookCodes.ThemeNotFound or CodebookCodes.OpinionNotFound => StatusCodes.Status404NotFound,
        CodebookCodes.ThemeExists or CodebookCodes.ThemeInUse or CodebookCodes.SecondCoderIsPrimary => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}

namespace ConsultEngine.Web.Codes;

/// <summary>
/// The marker of the code text catalogue: <c>Resources/Codes/CodeText.resx</c> (Vietnamese, the neutral
/// language) and <c>CodeText.en.resx</c> (English), one short text per error and diagnostic code
/// (<c>CE####</c>, the key is the code itself) and the leads of problem details (<c>Status.NNN</c>).
/// Kept apart from the areas' catalogues because every area shows codes.
/// </summary>
public sealed class CodeText
{
    private CodeText()
    {
    }
}

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// The texts of the console's codebook page (<c>Resources/StaffConsole/CodebookText.resx</c>: Vietnamese,
/// the neutral language; <c>.en.resx</c>: English): themes, primary and blind second coding, agreement.
/// </summary>
internal sealed class CodebookText;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// The texts of the console's register pages (<c>Resources/StaffConsole/RegisterText.resx</c>: Vietnamese,
/// the neutral language; <c>.en.resx</c>: English): the explanation register, recommendations, decisions, traces.
/// </summary>
internal sealed class RegisterText;

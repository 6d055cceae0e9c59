namespace ConsultEngine.Web.StaffConsole;

/// <summary>The console's texts (<c>Resources/StaffConsole/ConsoleText.resx</c>: Vietnamese, the neutral language; <c>.en.resx</c>: English).</summary>
internal sealed class ConsoleText;

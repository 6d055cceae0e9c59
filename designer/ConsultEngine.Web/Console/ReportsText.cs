namespace ConsultEngine.Web.StaffConsole;

/// <summary>The texts of the console's reports page (<c>Resources/StaffConsole/ReportsText.resx</c>: Vietnamese; <c>.en.resx</c>: English).</summary>
internal sealed class ReportsText;

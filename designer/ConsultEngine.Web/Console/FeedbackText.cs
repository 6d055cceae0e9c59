namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// The texts of the consultation page's part on feedback to participants (<c>Resources/StaffConsole/FeedbackText.resx</c>:
/// Vietnamese, the neutral language; <c>.en.resx</c>: English).
/// </summary>
internal sealed class FeedbackText;

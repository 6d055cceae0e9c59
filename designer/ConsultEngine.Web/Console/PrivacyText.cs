namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// The texts of the consultation page's part on personal data retention (<c>Resources/StaffConsole/PrivacyText.resx</c>:
/// Vietnamese, the neutral language; <c>.en.resx</c>: English).
/// </summary>
internal sealed class PrivacyText;

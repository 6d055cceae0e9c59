using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Startup;

/// <summary>
/// The settings a host refused at start (<see cref="OptionsValidationException"/>), as the lines an operator
/// reads: one per problem, each led by its code. A problem whose text already begins with a code keeps it;
/// the others (the engine's own checks, the mail and text-message gateways, data annotations) are
/// <see cref="EngineStartupCodes.SettingRefused"/>, and their text names the setting.
/// </summary>
public static class SettingsProblems
{
    public static IEnumerable<string> Lines(OptionsValidationException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return refused.Failures.Select(failure => LedByCode(failure) ? failure : $"{EngineStartupCodes.SettingRefused}: {failure}");
    }

    // CE and four digits, then the end, a colon or a space.
    private static bool LedByCode(string failure) =>
        failure.Length >= 6 && failure.StartsWith("CE", StringComparison.Ordinal) && failure.AsSpan(2, 4).IndexOfAnyExceptInRange('0', '9') < 0
        && (failure.Length == 6 || failure[6] is ':' or ' ');
}

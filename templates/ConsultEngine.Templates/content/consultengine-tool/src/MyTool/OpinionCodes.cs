namespace MyTool;

/// <summary>
/// The codes of this tool's refusals. Tests assert on them, never on the text. Plugins outside the
/// product use CE97xx–CE98xx: agree a block of them with the installations that run your plugin.
/// </summary>
public static class OpinionCodes
{
    /// <summary>No opinion chosen.</summary>
    public const string OpinionMissing = "CE9801";

    /// <summary>The opinion is not one of the choices.</summary>
    public const string OpinionUnknown = "CE9802";

    /// <summary>"Other" chosen without saying what.</summary>
    public const string TextMissing = "CE9803";

    /// <summary>The comment is longer than the config allows.</summary>
    public const string TextTooLong = "CE9804";
}

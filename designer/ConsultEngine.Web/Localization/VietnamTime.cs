namespace ConsultEngine.Web.Localization;

/// <summary>
/// The time people in Vietnam read (UTC+7, no daylight saving). The engine stores moments as given
/// (mostly UTC); what a page or a tool's surface shows a person is in this time, the same in the
/// portal and the console. (A plugin writes its own texts: the online poll converts its staff window itself,
/// so that the plugin SDK gains no type.)
/// </summary>
public static class VietnamTime
{
    /// <summary>Vietnam's offset from UTC, the whole year.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    /// <summary>The same moment on Vietnam's clock.</summary>
    public static DateTimeOffset Of(DateTimeOffset moment) => moment.ToOffset(Offset);
}

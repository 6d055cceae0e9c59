using System.Globalization;

namespace ConsultEngine.Hosting.Logging;

/// <summary>
/// An exception as the log may keep it: its type, its code when it is a <see cref="ConsultEngineException"/>,
/// and its stack trace (and the same of each inner exception), never its message. A plugin's or a rule's
/// message may echo what a person typed (a free text, an attribute, an identifier), and the log is not
/// where personal data belongs (Decree 13/2023/NĐ-CP).
/// </summary>
public sealed class ScrubbedException : Exception
{
    private readonly string? _stackTrace;

    public ScrubbedException()
    {
    }

    public ScrubbedException(string message)
        : base(message)
    {
    }

    public ScrubbedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private ScrubbedException(Exception original)
        : base(Describe(original), original.InnerException is { } inner ? Of(inner) : null)
    {
        _stackTrace = original.StackTrace;
        OriginalType = original.GetType().FullName ?? original.GetType().Name;
        HResult = original.HResult;
    }

    /// <summary>The full name of the exception's type.</summary>
    public string OriginalType { get; } = string.Empty;

    public override string? StackTrace => _stackTrace;

    /// <summary>The loggable form of <paramref name="exception"/>: what it is and where it came from, not what it says.</summary>
    public static ScrubbedException Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception as ScrubbedException ?? new ScrubbedException(exception);
    }

    private static string Describe(Exception original)
    {
        var type = original.GetType().FullName ?? original.GetType().Name;
        return original is ConsultEngineException coded
            ? string.Format(CultureInfo.InvariantCulture, "{0} {1} (message not logged: it may hold personal data)", type, coded.Code)
            : type + " (message not logged: it may hold personal data)";
    }
}

using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>
/// The checks a vote goes through before its answers are read, shared by <see cref="OnlinePollTool.CollectAsync"/>
/// and the evaluation of the public form, so that the form says exactly what the vote would be refused for.
/// </summary>
internal static class VoteChecks
{
    /// <summary>The problem of a vote cast at <paramref name="now"/>, outside the poll's window (the close time is exclusive).</summary>
    public static ToolProblem? Window(PollDefinition poll, DateTimeOffset now)
    {
        if (now < poll.OpensAt)
        {
            return new(OnlinePollCodes.NotOpenYet, "", "Cuộc bình chọn chưa mở. / The poll is not open yet.");
        }

        return now >= poll.ClosesAt ? new(OnlinePollCodes.Closed, "", "Cuộc bình chọn đã đóng. / The poll is closed.") : null;
    }

    /// <summary>
    /// The identifier as it is hashed, or <see langword="null"/> with a problem at <c>/identifier</c> when it is
    /// missing or not of the kind <paramref name="verification"/> names. An unverified poll takes no identifier.
    /// </summary>
    public static string? Identifier(string verification, string? identifier, List<ToolProblem> problems)
    {
        if (verification == VoterIdentifier.None)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(identifier))
        {
            problems.Add(new(OnlinePollCodes.IdentifierMissing, "/identifier", verification == VoterIdentifier.CitizenId
                ? "Cần số định danh cá nhân để xác thực. / A citizen ID number is needed for verification."
                : "Cần số điện thoại di động để xác thực. / A mobile phone number is needed for verification."));
            return null;
        }

        if (VoterIdentifier.Normalise(verification, identifier) is { } normalised)
        {
            return normalised;
        }

        problems.Add(new(OnlinePollCodes.IdentifierInvalid, "/identifier", verification == VoterIdentifier.CitizenId
            ? "Số định danh cá nhân gồm 12 chữ số. / A citizen ID number has 12 digits."
            : "Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84). / A mobile number has 10 digits starting with 0 (or +84)."));
        return null;
    }
}

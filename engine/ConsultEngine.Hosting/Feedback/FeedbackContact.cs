using System.Net.Mail;
using ConsultEngine.Persistence.Feedback;

namespace ConsultEngine.Hosting.Feedback;

/// <summary>A citizen's request to be told the outcome, as given at submission (before it is checked).</summary>
/// <param name="Channel"><c>email</c> or <c>phone</c>.</param>
/// <param name="Contact">The email address or the Vietnamese mobile number.</param>
/// <param name="Language"><c>vi</c> (the default) or <c>en</c>: the language of the message.</param>
public sealed record NotifyRequest(string? Channel, string? Contact, string? Language = null);

/// <summary>A checked request: the channel, the normalised contact and the language.</summary>
public sealed record NotifyContact(FeedbackChannel Channel, string Contact, string Language);

/// <summary>Checks and normalises a request to be told the outcome; every refusal carries a <see cref="FeedbackCodes"/> code.</summary>
public static class FeedbackContact
{
    private const int MaxEmailLength = 254;

    public static NotifyContact Check(NotifyRequest request, Guid? instanceId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel?.Trim().ToLowerInvariant() switch
        {
            "email" => FeedbackChannel.Email,
            "phone" => FeedbackChannel.Phone,
            _ => throw new FeedbackException(FeedbackCodes.ChannelInvalid, "The channel is 'email' or 'phone'.", instanceId, "channel"),
        };
        var language = string.IsNullOrWhiteSpace(request.Language) ? "vi" : request.Language.Trim().ToLowerInvariant();
        if (language is not ("vi" or "en"))
        {
            throw new FeedbackException(FeedbackCodes.LanguageInvalid, "The language is 'vi' or 'en'.", instanceId, "language");
        }

        var contact = request.Contact?.Trim() ?? string.Empty;
        return channel == FeedbackChannel.Email
            ? new NotifyContact(channel, Email(contact) ?? throw new FeedbackException(FeedbackCodes.EmailInvalid, "This is not an email address.", instanceId, "contact"), language)
            : new NotifyContact(channel, Mobile(contact) ?? throw new FeedbackException(FeedbackCodes.PhoneInvalid, "A mobile number has 10 digits starting with 0 (or +84).", instanceId, "contact"), language);
    }

    /// <summary>The address in lower case, or <see langword="null"/> when it is not one plain address (no display name, a dot in the domain).</summary>
    internal static string? Email(string text)
    {
        if (text.Length is 0 or > MaxEmailLength || text.Any(char.IsWhiteSpace)
            || !MailAddress.TryCreate(text, out var address) || !string.Equals(address.Address, text, StringComparison.Ordinal))
        {
            return null;
        }

        var at = text.LastIndexOf('@');
        var domain = text[(at + 1)..];
        return at > 0 && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
            ? text.ToLowerInvariant()
            : null;
    }

    /// <summary>A Vietnamese mobile number as <c>0</c> and 9 digits (the form SMS gateways here take), or <see langword="null"/>.</summary>
    internal static string? Mobile(string text)
    {
        var value = new string([.. text.Where(c => c is not (' ' or '.' or '-' or '(' or ')'))]);
        if (value.StartsWith("+84", StringComparison.Ordinal))
        {
            value = "0" + value[3..];
        }
        else if (value.StartsWith("84", StringComparison.Ordinal) && value.Length == 11)
        {
            value = "0" + value[2..];
        }

        return value.Length == 10 && value[0] == '0' && value[1] is '3' or '5' or '7' or '8' or '9' && value.All(char.IsAsciiDigit) ? value : null;
    }
}

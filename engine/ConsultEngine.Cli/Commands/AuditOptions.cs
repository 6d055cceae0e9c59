using System.CommandLine;
using System.Globalization;
using ConsultEngine.Hosting;
using ConsultEngine.Runtime.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands;

/// <summary>What the audit commands share: an optional instance id and the installation key (never created by an audit).</summary>
internal static class AuditOptions
{
    /// <summary>The environment variable the key may come from, as a host's configuration reads <c>ConsultEngine:JournalKey</c>.</summary>
    public const string KeyVariable = "ConsultEngine__JournalKey";

    public static Argument<Guid?> OptionalInstance() => new("id")
    {
        Description = "The instance id (every instance when omitted).",
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = result => result.Tokens.Count == 1 && Guid.TryParse(result.Tokens[0].Value, CultureInfo.InvariantCulture, out var id) ? id : Fail(result),
    };

    public static Option<string?> KeyFile() => new("--key-file")
    {
        Description = $"The journal key file (default: the database's name with .journal.key; or the {KeyVariable} environment variable).",
        HelpName = "file",
    };

    /// <summary>The key the options name; <c>false</c> (with a coded line) when it is unusable. A missing key is <c>null</c>: legacy chains still verify.</summary>
    public static bool TryKey(ParseResult parse, EngineOptions engine, Option<string?> keyFile, TextWriter stderr, out JournalKey? key, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var options = new ConsultEngineOptions
        {
            DatabasePath = Path.GetFullPath(parse.GetValue(engine.Database)!),
            JournalKey = Environment.GetEnvironmentVariable(KeyVariable),
            JournalKeyPath = parse.GetValue(keyFile) is { } file ? Path.GetFullPath(file) : null,
        };
        try
        {
            key = JournalKeyServiceCollectionExtensions.Resolve(options, create: false);
        }
        catch (JournalKeyException error)
        {
            stderr.WriteLine($"error {error.Code}: {error.Message}");
            key = null;
            return false;
        }

        if (key is null && required)
        {
            stderr.WriteLine($"error {JournalCodes.KeyMissing}: There is no journal key ({JournalKeyServiceCollectionExtensions.KeyPath(options)}); name it with --key-file or {KeyVariable}.");
            return false;
        }

        return true;
    }

    private static Guid? Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        result.AddError($"'{result.Tokens[0].Value}' is not an instance id.");
        return null;
    }
}

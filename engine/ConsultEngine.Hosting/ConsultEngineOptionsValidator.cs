using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting;

/// <summary>Refuses settings the engine cannot run with, with a message per problem, when the host starts.</summary>
internal sealed class ConsultEngineOptionsValidator : IValidateOptions<ConsultEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsultEngineOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DefinitionsPath))
        {
            problems.Add($"{ConsultEngineOptions.SectionName}:{nameof(options.DefinitionsPath)} is required.");
        }
        else if (!Directory.Exists(options.DefinitionsPath))
        {
            problems.Add($"{ConsultEngineOptions.SectionName}:{nameof(options.DefinitionsPath)} '{options.DefinitionsPath}' is not a folder.");
        }

        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            problems.Add($"{ConsultEngineOptions.SectionName}:{nameof(options.DatabasePath)} is required.");
        }

        if (options.IdentifierHashKey is { Length: > 0 } key && !IsKey(key))
        {
            problems.Add($"{ConsultEngineOptions.SectionName}:{nameof(options.IdentifierHashKey)} must be base64 of at least 16 bytes (32 recommended).");
        }

        CheckInterval(options.TimerPollInterval, nameof(options.TimerPollInterval), problems);
        CheckInterval(options.OutboxPollInterval, nameof(options.OutboxPollInterval), problems);
        if (options.BatchSize is < 1 or > 10_000)
        {
            problems.Add($"{ConsultEngineOptions.SectionName}:{nameof(options.BatchSize)} must be between 1 and 10000 (it is {options.BatchSize}).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckInterval(TimeSpan value, string name, List<string> problems)
    {
        if (value < TimeSpan.FromMilliseconds(10) || value > TimeSpan.FromHours(1))
        {
            problems.Add($"{ConsultEngineOptions.SectionName}:{name} must be between 10 ms and 1 hour (it is {value}).");
        }
    }

    private static bool IsKey(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key.Trim(), buffer, out var length) && length >= 16;
    }
}

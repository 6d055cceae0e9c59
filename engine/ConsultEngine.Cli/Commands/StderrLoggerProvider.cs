using Microsoft.Extensions.Logging;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// Shows the engine's warnings and errors on the command's error stream, so that, say, a
/// definition the catalog refused is named instead of being silently missing.
/// </summary>
internal sealed class StderrLoggerProvider(TextWriter stderr) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new StderrLogger(stderr);

    public void Dispose()
    {
    }

    private sealed class StderrLogger(TextWriter stderr) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                stderr.WriteLine($"consult: {formatter(state, exception)}");
            }
        }
    }
}

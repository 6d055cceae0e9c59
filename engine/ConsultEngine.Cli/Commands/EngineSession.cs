using System.CommandLine;
using System.Data.Common;
using ConsultEngine.Hosting.Startup;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// One command's engine: a service provider built the way a host builds it (validated on build,
/// options validated before use) on the database and definitions the options name, disposed with
/// its store when the command ends. Settings come from the <c>ConsultEngine__*</c> environment variables
/// (<see cref="EngineEnvironment"/>), then the command's options. The engine's refusals become coded lines on stderr.
/// </summary>
internal static class EngineSession
{
    public static async Task<int> RunAsync(ParseResult parse, EngineOptions options, DatabaseUse use, TextWriter stderr, Func<IServiceProvider, Task<int>> body, Action<IServiceCollection>? configure = null)
    {
        var database = Path.GetFullPath(parse.GetValue(options.Database)!);
        if (use != DatabaseUse.CreateIfMissing && !File.Exists(database))
        {
            stderr.WriteLine($"consult: there is no database '{database}'; name it with --db ('consult instances start' creates one).");
            return ConsultCli.BadUsage;
        }

        var named = parse.GetValue(options.Definitions);
        var definitions = named is null ? EngineOptions.FindDefinitionsFolder(Directory.GetCurrentDirectory()) : Path.GetFullPath(named);
        var needsDefinitions = use != DatabaseUse.ExistingWithoutDefinitions;
        if ((needsDefinitions || named is not null) && (definitions is null || !Directory.Exists(definitions)))
        {
            stderr.WriteLine(definitions is null
                ? "consult: there is no 'definitions' folder here or above; name one with --definitions."
                : $"consult: the definitions folder '{definitions}' does not exist.");
            return ConsultCli.BadUsage;
        }

        var plugins = parse.GetValue(options.Plugins);
        if (!PluginsOption.Check(plugins, stderr))
        {
            return ConsultCli.BadUsage;
        }

        var services = new ServiceCollection();
        services.AddSingleton(EngineEnvironment.Read());
        services.AddLogging(logging => logging.AddProvider(new StderrLoggerProvider(stderr)));
        var builder = services.AddConsultEngine(o =>
        {
            o.DatabasePath = database;
            o.DefinitionsPath = definitions ?? o.DefinitionsPath;
            o.RunBackgroundServices = false;
            o.JournalKey = Environment.GetEnvironmentVariable(AuditOptions.KeyVariable);
            o.PluginsPath = plugins is null ? PluginsOption.DefaultPath : Path.GetFullPath(plugins);
        });
        configure?.Invoke(services);
        if (!needsDefinitions)
        {
            // Only the store is used: open it here, without the engine's options (which insist on a
            // definitions folder) and without initialising the engine; the container disposes it.
            SqliteInstanceStore storeOnly;
            try
            {
                storeOnly = await SqliteInstanceStore.OpenAsync(database).ConfigureAwait(false);
            }
            catch (DbException error)
            {
                stderr.WriteLine($"consult: the database '{database}' cannot be used: {error.Message}");
                return ConsultCli.ProblemsFound;
            }

            builder.UseStore(_ => storeOnly);
        }

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            if (needsDefinitions)
            {
                // What a host's start does: refuse settings the engine cannot run with, every problem at
                // once; then open the stores and seed the definitions.
                provider.GetService<IStartupValidator>()?.Validate();
                await provider.InitializeConsultEngineAsync().ConfigureAwait(false);
            }

            return await body(provider).ConfigureAwait(false);
        }
        catch (OptionsValidationException error)
        {
            foreach (var line in SettingsProblems.Lines(error))
            {
                stderr.WriteLine($"consult: {line}");
            }

            return ConsultCli.BadUsage;
        }
        catch (ConsultEngineException error)
        {
            EngineErrorText.Write(error, stderr);
            return ConsultCli.ProblemsFound;
        }
        catch (DbException error)
        {
            stderr.WriteLine($"consult: the database '{database}' cannot be used: {error.Message}");
            return ConsultCli.ProblemsFound;
        }
    }
}

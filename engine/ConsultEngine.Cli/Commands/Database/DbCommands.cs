using System.CommandLine;
using System.Data.Common;
using ConsultEngine.Persistence.Providers;

namespace ConsultEngine.Cli.Commands.Database;

/// <summary>
/// <c>consult db migrate [--db-provider Sqlite|PostgreSql] [--connection STRING] [--db FILE]</c>: brings
/// the database to the provider's latest migration (the whole engine schema) and says where.
/// Exit codes: 0 migrated, 1 the database refused (coded line on stderr), 2 bad usage (CE8320–CE8324).
/// </summary>
internal static class DbCommands
{
    public static Command Create(TextWriter stdout, TextWriter stderr) => new("db", "The database of the stores: SQLite (the default) or PostgreSQL.")
    {
        Migrate(stdout, stderr),
    };

    private static Command Migrate(TextWriter stdout, TextWriter stderr)
    {
        var provider = new Option<string?>("--db-provider")
        {
            Description = "Sqlite (the default) or PostgreSql.",
            HelpName = "provider",
        };
        var connection = new Option<string?>("--connection")
        {
            Description = "The PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…).",
            HelpName = "string",
        };
        var database = new Option<string>("--db")
        {
            Description = "The SQLite file.",
            HelpName = "file",
            DefaultValueFactory = _ => "consult.db",
        };
        var command = new Command("migrate", "Create or upgrade the database to the current schema.") { provider, connection, database };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(provider), result.GetValue(connection), result.GetValue(database)!, stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? provider, string? connection, string database, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        DatabaseSelection selection;
        try
        {
            selection = DatabaseSelection.Resolve(provider, connection, database);
        }
        catch (DatabaseException error)
        {
            EngineErrorText.Write(error, stderr);
            return ConsultCli.BadUsage;
        }

        try
        {
            await DatabaseStores.MigrateAsync(selection, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException error)
        {
            stderr.WriteLine($"consult: the {selection.Provider} database cannot be migrated: {error.Message}");
            return ConsultCli.ProblemsFound;
        }

        // Never the connection string: it may carry a password.
        stdout.WriteLine($"migrated: {selection.Provider} {selection.Where}");
        return ConsultCli.Ok;
    }
}

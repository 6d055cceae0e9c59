using System.Data.Common;
using ConsultEngine.Persistence.Model;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// One open connection with its no-tracking context and its prepared write commands. The store
/// keeps a few idle sessions so that an advance pays neither for opening a connection nor for
/// preparing the same statements again; a session is used by one caller at a time.
/// </summary>
internal sealed class StoreSession : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    private readonly bool _reuseCommands;

    private StoreSession(DbConnection connection, ConsultDbContext context, bool reuseCommands)
    {
        Connection = connection;
        Context = context;
        _reuseCommands = reuseCommands;
    }

    public DbConnection Connection { get; }

    public ConsultDbContext Context { get; }

    public static async Task<StoreSession> OpenAsync(IStoreProvider provider, CancellationToken cancellationToken)
    {
        var connection = provider.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await provider.PrepareConnectionAsync(connection, cancellationToken).ConfigureAwait(false);
            return new StoreSession(connection, provider.CreateContext(connection), provider.ReusesCommands);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The cached command for <paramref name="sql"/>, emptied of parameters and enlisted in <paramref name="transaction"/>.</summary>
    /// <remarks>
    /// Where the provider does not re-bind commands (<see cref="IStoreProvider.ReusesCommands"/>), a fresh
    /// command replaces the cached one: the driver prepares by statement text, not by command object.
    /// </remarks>
    public DbCommand Command(string sql, DbTransaction? transaction)
    {
        if (!_commands.TryGetValue(sql, out var command) || !_reuseCommands)
        {
            command?.Dispose();
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        await Context.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}

using Microsoft.EntityFrameworkCore.Design;

namespace ConsultEngine.Persistence.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --context SqliteConsultDbContext --output-dir Migrations/Sqlite</c>
/// build the SQLite model without a host. The database it names is never opened by that command.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConsultDbContext>
{
    public SqliteConsultDbContext CreateDbContext(string[] args) =>
        new(SqliteStoreProvider.ContextOptions("Data Source=consult-design-time.db"));
}

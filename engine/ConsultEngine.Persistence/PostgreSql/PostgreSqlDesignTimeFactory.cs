using Microsoft.EntityFrameworkCore.Design;

namespace ConsultEngine.Persistence.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --context PostgreSqlConsultDbContext --output-dir Migrations/PostgreSql</c>
/// build the PostgreSQL model without a host. The database it names is never opened by that command.
/// </summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlConsultDbContext>
{
    public PostgreSqlConsultDbContext CreateDbContext(string[] args) =>
        new(PostgreSqlStoreProvider.ContextOptions("Host=localhost;Database=consult_design_time"));
}

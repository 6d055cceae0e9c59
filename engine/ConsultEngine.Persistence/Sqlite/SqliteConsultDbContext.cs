using ConsultEngine.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Sqlite;

/// <summary>The model on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
internal sealed class SqliteConsultDbContext(DbContextOptions<SqliteConsultDbContext> options) : ConsultDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

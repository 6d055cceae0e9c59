using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.PostgreSql;

/// <summary>The model on PostgreSQL; its migrations live in <c>Migrations/PostgreSql</c>.</summary>
internal sealed class PostgreSqlConsultDbContext(DbContextOptions<PostgreSqlConsultDbContext> options) : ConsultDbContext(options)
{
    /// <summary>
    /// Times are UTC ticks in a <c>bigint</c> here too: <c>timestamptz</c> keeps microseconds, so a
    /// moment would not round-trip to the tick as it does on SQLite, and it refuses offsets other
    /// than zero (a paper form dated in +07:00). One representation keeps both providers' stores,
    /// statements and contract tests the same.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

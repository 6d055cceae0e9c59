using ConsultEngine.Persistence.PostgreSql;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Tests.PostgreSql;

/// <summary>The PostgreSQL migration set captures the whole model (needs no server: the model is compared with the migrations' snapshot).</summary>
public sealed class PostgreSqlModelTests
{
    [Fact]
    public void Model_HasNoChangesMissingFromThePostgreSqlMigrations()
    {
        using var context = new PostgreSqlConsultDbContext(PostgreSqlStoreProvider.ContextOptions("Host=localhost;Database=unused"));

        Assert.False(context.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add NAME --project engine/ConsultEngine.Persistence --context PostgreSqlConsultDbContext --output-dir Migrations/PostgreSql --namespace ConsultEngine.Persistence.Migrations.PostgreSql");
    }
}

using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Tests.Contract;

/// <summary>The model's configurations are listed by hand (ModelConfigurations), so a new one must not be forgotten there.</summary>
public sealed class ModelConfigurationsTests
{
    [Fact]
    public void Model_HasAnEntityForEveryTableConfigurationOfThePersistenceAssembly()
    {
        var configured = typeof(ConsultDbContext).Assembly.GetTypes()
            .Where(t => !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();
        using var context = new SqliteConsultDbContext(SqliteStoreProvider.ContextOptions("Data Source=:memory:"));

        var missing = configured.Where(entity => context.Model.FindEntityType(entity) is null).Select(entity => entity.Name).ToList();

        Assert.True(configured.Count > 20, "The scan found too few configurations to mean anything.");
        Assert.Empty(missing);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --project designer/ConsultEngine.Web --context IdentityDb --output-dir Identity/Migrations</c>
/// build the model without starting the host. The database it names is never opened by that command.
/// </summary>
internal sealed class IdentityDesignTimeFactory : IDesignTimeDbContextFactory<IdentityDb>
{
    public IdentityDb CreateDbContext(string[] args) =>
        new((DbContextOptions<IdentityDb>)IdentityDb.Configure(new DbContextOptionsBuilder<IdentityDb>(), "identity-design-time.db").Options);
}

using ConsultEngine.Web.Identity;
using ConsultEngine.Web.StaffConsole;
using ConsultEngine.Web.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Tests.Security;

/// <summary>
/// When the user store refuses a change to an account (another change came first, the store failed), the
/// refusal is coded like every other: CE9995, 409, the store's own words kept. It used to be an uncoded
/// exception, which the console's pages and the API could not answer with a code.
/// </summary>
public sealed class AccountStoreRefusalTests
{
    [Fact]
    public void AStoreFailure_IsRefusedAsCE9995_Conflict_WithTheStoresWords()
    {
        var failed = IdentityResult.Failed(new IdentityError { Code = "ConcurrencyFailure", Description = "Optimistic concurrency failure, object has been modified." });

        var exception = Assert.Throws<UserAdministrationException>(() => UserAdministrationException.ThrowIfFailed(failed));
        var refusal = Refusal.From(exception);

        Assert.NotNull(refusal);
        Assert.Equal(AccessCodes.AccountNotChanged, refusal.Code);
        Assert.Equal(409, refusal.Status);
        Assert.Contains("ConcurrencyFailure", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ASucceededResult_IsNotRefused()
    {
        var thrown = Record.Exception(() => UserAdministrationException.ThrowIfFailed(IdentityResult.Success));

        Assert.Null(thrown);
    }

    [Fact]
    public void AStoreFailure_WhileAdding_KeepsTheCodeItWasGiven()
    {
        var failed = IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = "Username 'clerk' is already taken." });

        var exception = Assert.Throws<UserAdministrationException>(() => UserAdministrationException.ThrowIfFailed(failed, TenancyCodes.AccountNotCreated));

        Assert.Equal(TenancyCodes.AccountNotCreated, exception.Code);
        Assert.Equal(422, Refusal.From(exception)!.Status);
    }
}

using ConsultEngine.Runtime.Tools;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>The store for tests and simulations keeps the same contract as the durable one.</summary>
public sealed class InMemoryToolDataStoreContractTests : ToolDataStoreContract
{
    protected override Task<IToolDataStore> OpenAsync() => Task.FromResult<IToolDataStore>(new InMemoryToolDataStore());

    protected override Task<IToolDataStore> ReopenAsync() => Task.FromResult(Store);
}

using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Tests.Contract;

/// <summary>The reference store keeps the contract the durable stores are held to.</summary>
public sealed class InMemoryStoreContractTests : InstanceStoreContract
{
    protected override Task<IInstanceStore> OpenAsync() => Task.FromResult<IInstanceStore>(new InMemoryInstanceStore());

    protected override Task<IInstanceStore> ReopenAsync() => Task.FromResult(Store);
}

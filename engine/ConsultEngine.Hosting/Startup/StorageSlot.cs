namespace ConsultEngine.Hosting.Startup;

/// <summary>A store the engine opens asynchronously when it initialises, registered by its service type (one slot per type: the last registered wins).</summary>
internal sealed record StorageSlot(Type StoreType, Func<IServiceProvider, CancellationToken, Task<object>> Open);

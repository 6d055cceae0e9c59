using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Persistence.Tools.PostgreSql;
using ConsultEngine.Runtime.Tools;

namespace ConsultEngine.CrashWorker;

/// <summary>
/// The ingestion mode: many submitters append inputs through the group-commit writer, each with a
/// unique key drawn from a small space (so keys collide) and either policy. Each outcome is printed
/// the moment its await returns: "ack ID" for a stored input (stored, or stored replacing another),
/// "conflict ID" for one refused. Runs until <paramref name="total"/> inputs or until killed.
/// </summary>
internal static class IngestWorker
{
    public const string StepId = "poll";
    private const int KeySpace = 20_000;

    public static async Task RunAsync(Guid instanceId, int submitters, int total)
    {
        var (store, closing) = await OpenAsync(WorkerDatabase.FromEnvironment(typeof(IToolDataStore)));
        await using var closed = closing;
        var inputs = store.Inputs(instanceId, StepId);
        var next = 0;

        async Task SubmitAsync()
        {
            while (Interlocked.Increment(ref next) <= total)
            {
                var input = new ConsultationInput
                {
                    Id = Guid.NewGuid(),
                    InstanceId = instanceId,
                    StepId = StepId,
                    Tool = "online-poll",
                    Channel = InputChannel.Web,
                    Respondent = new RespondentAttributes { District = "Hải Châu" },
                    UniqueKey = $"k{Random.Shared.Next(KeySpace)}",
                    SubmittedAt = DateTimeOffset.UtcNow,
                };
                var policy = Random.Shared.Next(2) == 0 ? UniqueKeyConflict.Refuse : UniqueKeyConflict.Replace;
                var result = await inputs.AppendAsync(input, policy);

                // Console.Out flushes every line: a line the test reads was acknowledged before the kill.
                Console.Out.WriteLine(result.Status == AppendStatus.Conflict ? $"conflict {input.Id:N}" : $"ack {input.Id:N}");
            }
        }

        await Task.WhenAll(Enumerable.Range(0, submitters).Select(_ => Task.Run(SubmitAsync)));
    }

    // The provider's own writer, chosen as the host chooses it (ToolServiceCollectionExtensions):
    // on PostgreSQL one vote per person is the database's unique index, on SQLite the writer's registry.
    private static async Task<(IToolDataStore Store, IAsyncDisposable Closing)> OpenAsync(DatabaseSelection database)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var store = await PostgreSqlToolDataStore.OpenAsync(database.ConnectionString!);
            return (store, store);
        }

        var file = await SqliteToolDataStore.OpenAsync(database.SqlitePath!);
        return (file, file);
    }
}

using System.Globalization;
using ConsultEngine.CrashWorker;

// The database comes from the environment, under the product's setting names (WorkerDatabase):
//   ConsultEngine__Database__Provider (Sqlite or PostgreSql), ConsultEngine__Database__ConnectionString
//   (PostgreSQL), ConsultEngine__DatabasePath (SQLite).
// Usage:
//   ConsultEngine.CrashWorker <instances> <workers>
//     Starts instances up to <instances> and advances every one to its end, with <workers> concurrent
//     loops that race on the same instances. Each commit is printed as "ack <instance> <revision>"
//     only after CommitAsync returned: the crash test holds the store to every line it has read.
//   ConsultEngine.CrashWorker ingest <instance> <submitters> <total>
//     Appends inputs through the tool store's group-commit writer, printing "ack <id>" or
//     "conflict <id>" as each append returns (see IngestWorker).
if (args is ["ingest", var instance, var submitters, var total]
    && Guid.TryParse(instance, out var instanceId)
    && int.TryParse(submitters, CultureInfo.InvariantCulture, out var submitterCount)
    && int.TryParse(total, CultureInfo.InvariantCulture, out var totalCount))
{
    await IngestWorker.RunAsync(instanceId, submitterCount, totalCount);
    Console.Out.WriteLine("done");
    return 0;
}

if (args.Length != 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var instances) || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var workers))
{
    await Console.Error.WriteLineAsync("usage: ConsultEngine.CrashWorker <instances> <workers> | ingest <instance> <submitters> <total> (the database from the environment)");
    return 2;
}

var conflicts = await Worker.RunAsync(instances, workers);
Console.Out.WriteLine($"done {conflicts}");
return 0;

using System.Globalization;
using ConsultEngine.CrashWorker;

// Usage:
//   ConsultEngine.CrashWorker <database> <instances> <workers>
//     Starts instances up to <instances> and advances every one to its end, with <workers> concurrent
//     loops that race on the same instances. Each commit is printed as "ack <instance> <revision>"
//     only after CommitAsync returned: the crash test holds the store to every line it has read.
//   ConsultEngine.CrashWorker ingest <database> <instance> <submitters> <total>
//     Appends inputs through the tool store's group-commit writer, printing "ack <id>" or
//     "conflict <id>" as each append returns (see IngestWorker).
if (args is ["ingest", var database, var instance, var submitters, var total]
    && Guid.TryParse(instance, out var instanceId)
    && int.TryParse(submitters, CultureInfo.InvariantCulture, out var submitterCount)
    && int.TryParse(total, CultureInfo.InvariantCulture, out var totalCount))
{
    await IngestWorker.RunAsync(database, instanceId, submitterCount, totalCount);
    Console.Out.WriteLine("done");
    return 0;
}

if (args.Length != 3 || !int.TryParse(args[1], out var instances) || !int.TryParse(args[2], out var workers))
{
    await Console.Error.WriteLineAsync("usage: ConsultEngine.CrashWorker <database> <instances> <workers> | ingest <database> <instance> <submitters> <total>");
    return 2;
}

var conflicts = await Worker.RunAsync(args[0], instances, workers);
Console.Out.WriteLine($"done {conflicts}");
return 0;

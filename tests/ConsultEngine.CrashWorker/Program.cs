using ConsultEngine.CrashWorker;

// Usage: ConsultEngine.CrashWorker <database> <instances> <workers>
// Starts instances up to <instances> and advances every one to its end, with <workers> concurrent
// loops that race on the same instances. Each commit is printed as "ack <instance> <revision>"
// only after CommitAsync returned: the crash test holds the store to every line it has read.
if (args.Length != 3 || !int.TryParse(args[1], out var instances) || !int.TryParse(args[2], out var workers))
{
    await Console.Error.WriteLineAsync("usage: ConsultEngine.CrashWorker <database> <instances> <workers>");
    return 2;
}

var conflicts = await Worker.RunAsync(args[0], instances, workers);
Console.Out.WriteLine($"done {conflicts}");
return 0;

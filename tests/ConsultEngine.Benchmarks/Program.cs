using ConsultEngine.Benchmarks.Durable;
using ConsultEngine.Benchmarks.Engine;
using ConsultEngine.Benchmarks.Flat;
using ConsultEngine.Benchmarks.Http;
using ConsultEngine.Benchmarks.Ingest;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Benchmarks.Report;
using ConsultEngine.Benchmarks.Rules;

namespace ConsultEngine.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ConsultEngine.Benchmarks -- SUITE[,SUITE…] [--quick] [BenchmarkDotNet options]</c>,
/// where SUITE is one of the suites below (several separated by commas) or <c>all</c>. Each suite prints its figures, then a
/// Markdown table of every measure with its bar closes the run; the exit code is 1 when a bar is not met.
/// </summary>
internal static class Program
{
    private const string All = "all";

    private static readonly Dictionary<string, (string Description, Func<bool, string[], IReadOnlyList<ResultRow>> Run)> Suites = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rules"] = ("a small boolean rule: prepared + cached + per-thread engine vs a fresh engine and source per evaluation (full: BenchmarkDotNet)",
            (quick, args) => quick ? RuleBenchmarks.RunQuick() : RuleBenchmarks.RunFull(args)),
        ["engine"] = ("a 10-step sequential process in memory, 2,000 and 20,000 instances: ConsultEngine vs WorkflowCore 3.22.0", (quick, _) => EngineSuite.Run(quick)),
        ["durable"] = ("durable step transitions per second on a SQLite file, 1 and 2 concurrent workers", (quick, _) => DurableSuite.Run(quick)),
        ["flat"] = ("the cost of one step in a 6-step definition against a 600-step one, in memory and on SQLite", (quick, _) => FlatSuite.Run(quick)),
        ["ingest"] = ("public submissions through the SQLite group-commit writer against one transaction per submission, 256 concurrent submitters", (quick, _) => IngestSuite.Run(quick)),
        ["report"] = ("the report (analysis, DOCX, HTML) of the standard process with 100,000 poll votes written through the SQLite writer", (quick, _) => ReportSuite.Run(quick)),
        ["http"] = ("survey submissions over HTTP to the real web host (its own process, Release) against its GET /api/health and the writer alone; CPU and memory of the host", (quick, _) => HttpSuite.Run(quick)),
        ["analysis"] = ("survey analysis of 1,000,000 responses written through the SQLite writer, first and repeated; the public poll page over HTTP from the real web host (Release) at 100,000 votes against 10 votes", (quick, _) => Analysis.AnalysisSuite.Run(quick)),
        ["pg-ingest"] = ("public submissions through the PostgreSQL group-commit writer, 1 and 2 nodes on one database, against one transaction per submission and the SQLite writer (needs CONSULT_TEST_POSTGRES)", (quick, _) => PgIngestSuite.Run(quick)),
        ["pg-durable"] = ("durable step transitions per second on PostgreSQL (a throw-away database on CONSULT_TEST_POSTGRES) beside a SQLite file, 1 and 2 workers, and 2 nodes", (quick, _) => PostgreSqlDurableSuite.Run(quick)),
    };

    public static int Main(string[] args)
    {
        // One suite, several separated by commas (run in that order, one table at the end), or all.
        var asked = args.Length == 0 ? [] : args[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (asked.Length == 0 || !(asked.All(Suites.ContainsKey) || (asked.Length == 1 && asked[0].Equals(All, StringComparison.OrdinalIgnoreCase))))
        {
            Console.Error.WriteLine("usage: ConsultEngine.Benchmarks SUITE[,SUITE…]|all [--quick] [BenchmarkDotNet options]");
            foreach (var (name, entry) in Suites)
            {
                Console.Error.WriteLine($"  {name,-8} {entry.Description}");
            }

            return 2;
        }

        var rest = args[1..];
        var quick = rest.Contains("--quick", StringComparer.Ordinal);
        var names = asked[0].Equals(All, StringComparison.OrdinalIgnoreCase) ? [.. Suites.Keys] : asked;
        var rows = new List<ResultRow>();
        foreach (var name in names)
        {
            rows.AddRange(Suites[name].Run(quick, rest));
            Console.WriteLine();
        }

        Console.WriteLine($"Results ({(quick ? "quick" : "full")}; {MachineLoad.Describe()} at the end):");
        Console.WriteLine();
        Console.Write(ResultTable.Format(rows));
        return rows.All(r => r.Pass != false) ? 0 : 1;
    }
}

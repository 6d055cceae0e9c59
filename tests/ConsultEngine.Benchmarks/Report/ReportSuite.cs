using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Benchmarks.Durable;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Tools;
using Microsoft.Extensions.DependencyInjection;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Rendering;
using ConsultEngine.Testing;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Benchmarks.Report;

/// <summary>
/// The report suite: the standard process (its main scenario) run with the four standard tool
/// plugins on a SQLite tool-data file, its online poll fed 100,000 keyed votes (10,000 in quick mode)
/// through the group-commit writer, then the consultation report generated — the tools' analyses,
/// the consultation-wide participation, the DOCX and the HTML — and timed. Bar: under 10 s. Then
/// the explanation register of 2,000 opinions (<see cref="ExplanationRegisterBench"/>), bar: under 5 s.
/// </summary>
internal static class ReportSuite
{
    private const double BarSeconds = 10;
    private const int Writers = 64;

    private const double RegisterBarSeconds = 5;

    public static IReadOnlyList<ResultRow> Run(bool quick)
    {
        var inputs = quick ? 10_000 : 100_000;
        Console.WriteLine($"report{(quick ? " (quick)" : string.Empty)}: the standard process with {inputs:N0} poll votes on a SQLite file, then the report (analysis, DOCX, HTML)");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        var (write, build, docx, html, counted) = MeasureAsync(inputs).GetAwaiter().GetResult();
        var total = build + docx + html;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(c, "  wrote {0:N0} inputs in {1:0.00} s; report of {2:N0} counted inputs: analysis and composition {3:0.00} s, DOCX {4:0.00} s, HTML {5:0.00} s, in all {6:0.00} s (bar < {7:0} s)", inputs, write, counted, build, docx, html, total, BarSeconds));

        // The explanation register is the same size in quick mode: 2,000 opinions is the acceptance's own figure.
        Console.WriteLine($"report: the explanation register of {ExplanationRegisterBench.Opinions:N0} opinions (survey free text and hearing opinions, every one dispositioned), DOCX");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        var (cold, warm) = ExplanationRegisterBench.MeasureAsync().GetAwaiter().GetResult();
        Console.WriteLine(string.Format(c, "  seeded and dispositioned {0:N0} opinions ({1:N0} suggested groups) in {2:0.00} s; register of {3:N0} rows: read and composition {4:0.00} s, DOCX {5:0.00} s ({6:N0} bytes), in all {7:0.00} s (bar < {8:0} s), process CPU {9:0.00} s; a second build {10:0.00} s (CPU {11:0.00} s)",
            cold.Opinions, cold.Grouped, cold.Setup, cold.Rows, cold.Build, cold.Docx, cold.DocxBytes, cold.Total, RegisterBarSeconds, cold.Cpu, warm.Total, warm.Cpu));
        Console.WriteLine(string.Format(c, "  side by side: report of {0:N0} inputs {1:0.00} s (bar < {2:0} s) | explanation register of {3:N0} opinions {4:0.00} s (bar < {5:0} s)", inputs, total, BarSeconds, cold.Opinions, cold.Total, RegisterBarSeconds));
        return
        [
            new ResultRow("report", $"seconds to generate the report (DOCX and HTML) of a consultation with {inputs:N0} inputs", total.ToString("0.00", c), "-", "-", $"< {BarSeconds:0} s", total < BarSeconds),
            new ResultRow("report", $"seconds to build the explanation register DOCX of {cold.Opinions:N0} dispositioned opinions", cold.Total.ToString("0.00", c), "-", "-", $"< {RegisterBarSeconds:0} s", cold.Total < RegisterBarSeconds && cold.Rows == cold.Opinions),
        ];
    }

    private static async Task<(double Write, double Build, double Docx, double Html, int Counted)> MeasureAsync(int count)
    {
        using var database = new TempDatabase();
        var definitions = FindDefinitions();
        var plugins = Path.Combine(AppContext.BaseDirectory, "plugins");
        var host = new ToolConsultationHost(definitions, [], builder => builder
            .UsePlugins(plugins)
            .UseToolDataStore(_ => SqliteToolDataStore.OpenAsync(database.Path).GetAwaiter().GetResult())
            .Services.Configure<ConsultEngineOptions>(o => o.DatabasePath = database.Path)); // the registers' file: not one in the working folder
        await using (host.ConfigureAwait(false))
        {
            var write = 0.0;
            var scenario = Scenario.Load(Path.Combine(AppContext.BaseDirectory, "Scenarios", "hdnd.standard.main.json"));
            var run = await host.RunAsync(scenario, async turn =>
            {
                if (turn.StepId == "run-online-poll")
                {
                    write = await FeedPollAsync(host, turn, count).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
            if (!run.Passed)
            {
                throw new InvalidOperationException("The scenario failed: " + string.Join("; ", run.Scenario.Failures));
            }

            var instance = (await host.Store.ListInstancesAsync().ConfigureAwait(false)).Single().Id;
            var reports = ConsultationReporting.Create(host.Services);
            var clock = Stopwatch.StartNew();
            var report = await reports.BuildReportAsync(instance).ConfigureAwait(false);
            var build = clock.Elapsed.TotalSeconds;
            clock.Restart();
            _ = DocxRenderer.Render(report.Document);
            var docx = clock.Elapsed.TotalSeconds;
            clock.Restart();
            _ = HtmlRenderer.Render(report.Document);
            var html = clock.Elapsed.TotalSeconds;
            return (write, build, docx, html, report.Basis.InputsCounted);
        }
    }

    /// <summary>Sets the poll up through its action, then appends <paramref name="count"/> keyed votes through the writer from concurrent writers.</summary>
    private static async Task<double> FeedPollAsync(ToolConsultationHost host, ToolStepTurn turn, int count)
    {
        var now = turn.Clock.GetUtcNow();
        var setUp = $$"""
            { "opensAt": "{{now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}}", "closesAt": "{{now.AddDays(20).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}}",
              "questions": [ { "id": "phuong-an", "title": { "vi": "Anh/Chị chọn phương án giá nào?", "en": "Which fee option do you choose?" }, "choice": "single",
                "options": [ { "value": "pa1", "label": { "vi": "Phương án 1", "en": "Option 1" } }, { "value": "pa2", "label": { "vi": "Phương án 2", "en": "Option 2" } }, { "value": "pa3", "label": { "vi": "Phương án 3", "en": "Option 3" } } ] } ] }
            """;
        await turn.Tools.ExecuteAsync(turn.InstanceId, turn.StepId, "set-up", JsonElement.Parse(setUp), ToolCaller.Staff("van-phong")).ConfigureAwait(false);
        var inputs = host.ToolData.Inputs(turn.InstanceId, turn.StepId);
        string[] options = ["pa1", "pa2", "pa3"];
        string[] genders = ["nam", "nữ"];
        string[] communes = ["Trường Vinh", "Nghi Lộc", "Con Cuông", "Quỳnh Lưu", "Diễn Châu"];
        var answers = options.Select(o => JsonElement.Parse($$"""{ "phuong-an": "{{o}}" }""")).ToArray();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                await inputs.AppendAsync(new ConsultationInput
                {
                    Id = Guid.CreateVersion7(),
                    InstanceId = turn.InstanceId,
                    StepId = turn.StepId,
                    Tool = "online-poll",
                    Channel = InputChannel.Web,
                    Respondent = new RespondentAttributes { Province = "Nghệ An", Commune = communes[n % communes.Length], Gender = genders[n % 2] },
                    Answers = answers[(n * 7) % 3],
                    UniqueKey = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(n))),
                    SubmittedAt = now,
                }).ConfigureAwait(false);
            }
        }))).ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }

    internal static string FindDefinitions()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "definitions");
            if (File.Exists(Path.Combine(candidate, "standard", "hdnd.standard.v1.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's definitions folder was not found above the benchmark.");
    }
}

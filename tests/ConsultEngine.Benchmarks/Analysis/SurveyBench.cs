using System.Diagnostics;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Testing.Tools;
using Microsoft.Data.Sqlite;

namespace ConsultEngine.Benchmarks.Analysis;

/// <summary>
/// A survey step with many responses written through the writer, then its analysis timed first and repeated.
/// "First" is the first call after the last response was acknowledged, the step's plan registered before the
/// writes (so the background folder kept the cells current and the call folds only its tail); the from-scratch
/// build of an existing installation is timed after, for information.
/// </summary>
internal static class SurveyBench
{
    private const string StepId = "survey";

    /// <summary>Four choice questions (single choice, a Likert scale, multiple choice, yes/no/unsure).</summary>
    private const string Config = """
        { "questions": [
          { "id": "fare", "type": "single-choice", "label": { "vi": "Mức giá vé", "en": "Fare" }, "options": [
            { "value": "f1", "label": { "vi": "1", "en": "1" } }, { "value": "f2", "label": { "vi": "2", "en": "2" } }, { "value": "f3", "label": { "vi": "3", "en": "3" } },
            { "value": "f4", "label": { "vi": "4", "en": "4" } }, { "value": "f5", "label": { "vi": "5", "en": "5" } } ] },
          { "id": "agree", "type": "likert", "label": { "vi": "Đồng ý", "en": "Agree" }, "options": [
            { "value": "1", "label": { "vi": "1", "en": "1" } }, { "value": "2", "label": { "vi": "2", "en": "2" } }, { "value": "3", "label": { "vi": "3", "en": "3" } },
            { "value": "4", "label": { "vi": "4", "en": "4" } }, { "value": "5", "label": { "vi": "5", "en": "5" } } ] },
          { "id": "modes", "type": "multiple-choice", "label": { "vi": "Phương tiện", "en": "Modes" }, "options": [
            { "value": "bus", "label": { "vi": "Buýt", "en": "Bus" } }, { "value": "bike", "label": { "vi": "Xe máy", "en": "Motorbike" } },
            { "value": "car", "label": { "vi": "Ô tô", "en": "Car" } }, { "value": "walk", "label": { "vi": "Đi bộ", "en": "Walk" } } ] },
          { "id": "support", "type": "single-choice", "label": { "vi": "Ủng hộ", "en": "Support" }, "options": [
            { "value": "yes", "label": { "vi": "Có", "en": "Yes" } }, { "value": "no", "label": { "vi": "Không", "en": "No" } }, { "value": "unsure", "label": { "vi": "Chưa rõ", "en": "Unsure" } } ] } ] }
        """;

    private static readonly string[] Provinces = ["Hà Nội", "Huế", "Đà Nẵng", "Nghệ An", "Cần Thơ", "Lâm Đồng", "Gia Lai", "Sơn La", "Quảng Ninh", "An Giang"];
    private static readonly string[] Genders = ["nam", "nữ"];
    private static readonly string[] AgeBands = ["18-29", "30-44", "45-59", "60+"];
    private static readonly string[] Ethnicities = ["Kinh", "Tày", "Thái", "Mường", "Khmer"];
    private static readonly string[] Modes = ["[\"bus\"]", "[\"bike\"]", "[\"bus\",\"walk\"]", "[\"car\"]", "[\"bike\",\"bus\"]", "[\"walk\"]"];
    private static readonly string[] Support = ["yes", "no", "unsure"];

    public static async Task<SurveyFigures> RunAsync(string databasePath, int responses)
    {
        var bench = new ToolTestBench(AnalysisTools.Load("ConsultEngine.Plugins.Survey"), Config);
        await using var store = await SqliteToolDataStore.OpenAsync(databasePath).ConfigureAwait(false);
        var context = AnalysisTools.Context(bench, store, StepId, "nhom-cong-tac");
        await bench.Tool.OpenAsync(context, CancellationToken.None).ConfigureAwait(false);

        // The step's plan is registered by its first analysis (cheap at 0 inputs), as when staff open the
        // analysis page once collection starts; from then on the background folder keeps the cells current.
        var registerClock = Stopwatch.StartNew();
        await bench.Tool.AnalyseAsync(context, AnalysisOptions.Default, CancellationToken.None).ConfigureAwait(false);
        var register = registerClock.Elapsed.TotalSeconds;

        // A pool of distinct answer sets (as many as a survey of four choice questions gives in practice).
        var answers = Enumerable.Range(0, 900).Select(n => AnalysisTools.Json(
            $$"""{"fare":"f{{(n % 5) + 1}}","agree":"{{(n / 5 % 5) + 1}}","modes":{{Modes[n / 25 % 6]}},"support":"{{Support[n / 150 % 3]}}"}""")).ToArray();
        var now = bench.Clock.GetUtcNow();
        var write = await AnalysisTools.AppendAsync(context.Inputs, responses, n => new ConsultationInput
        {
            Id = Guid.CreateVersion7(),
            InstanceId = AnalysisTools.Instance,
            StepId = StepId,
            Tool = "survey",
            Channel = n % 10 == 0 ? InputChannel.Enumerator : InputChannel.Web,
            Respondent = new RespondentAttributes
            {
                Province = Provinces[n % Provinces.Length],
                Gender = Genders[(n / 7) % 2],
                AgeBand = AgeBands[(n / 3) % 4],
                Ethnicity = Ethnicities[(n / 11) % 5],
            },
            Answers = answers[(int)((n * 2654435761L) % answers.Length)],
            Flags = n % 1000 == 999 ? InputMarks.Pilot : InputMarks.None,
            SubmittedAt = now,
        }).ConfigureAwait(false);

        // The process's CPU time beside the wall clock: on a shared machine the wall clock also counts the time other work held the cores.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var first = await bench.Tool.AnalyseAsync(context, AnalysisOptions.Default, CancellationToken.None).ConfigureAwait(false);
        var firstSeconds = clock.Elapsed.TotalSeconds;
        var firstCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var repeated = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            var again = await bench.Tool.AnalyseAsync(context, AnalysisOptions.Default, CancellationToken.None).ConfigureAwait(false);
            repeated.Add(clock.Elapsed.TotalSeconds);
            if (again.Basis.Counted != first.Basis.Counted)
            {
                throw new InvalidOperationException("A repeated analysis counted other inputs than the first.");
            }
        }

        repeated.Sort();
        var chunks = store.Folder?.Chunks ?? 0;

        // For information: an existing installation's first call, the cells built from every stored input.
        await using (var connection = new SqliteConnection($"Data Source={databasePath}"))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var forget = connection.CreateCommand();
            forget.CommandText = """DELETE FROM "input_aggregate_cells"; DELETE FROM "input_aggregate_steps";""";
            await forget.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var rebuilt = await bench.Tool.AnalyseAsync(context, AnalysisOptions.Default, CancellationToken.None).ConfigureAwait(false);
        var rebuild = clock.Elapsed.TotalSeconds;
        var rebuildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        if (rebuilt.Basis.Counted != first.Basis.Counted)
        {
            throw new InvalidOperationException("The rebuilt cells counted other inputs than the kept ones.");
        }

        return new SurveyFigures(write, firstSeconds, firstCpu, repeated[2], repeated[^1], first.Basis.Counted, responses - (responses / 1000), first.CrossTabs.Count)
        {
            Register = register,
            FoldChunks = chunks,
            Rebuild = rebuild,
            RebuildCpu = rebuildCpu,
        };
    }
}

internal sealed record SurveyFigures(double Write, double First, double FirstCpu, double RepeatedMedian, double RepeatedMax, int Counted, int Expected, int CrossTabs)
{
    /// <summary>The first analysis at 0 inputs, which registers the step's plan.</summary>
    public double Register { get; init; }

    /// <summary>Fold transactions the background folder committed while the responses were written.</summary>
    public long FoldChunks { get; init; }

    /// <summary>The from-scratch build of an existing installation (cells forgotten, every input read), for information.</summary>
    public double Rebuild { get; init; }

    public double RebuildCpu { get; init; }
}

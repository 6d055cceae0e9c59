using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Benchmarks.Http;

/// <summary>
/// A fresh data folder for the public poll page measure: the repository's definitions and one of the
/// benchmark's own (a consultation whose only public step is an online poll publishing its live tallies),
/// and a SQLite file holding two such consultations, open, one with <see cref="LargeVotes"/> votes and one
/// with <see cref="SmallVotes"/>. Every vote goes through the tool as the public's would (its own verified
/// phone number, the poll's checks, the group-commit writer), in the engine of this process; the web host is
/// then started on the same file. Deleted with the run.
/// </summary>
internal sealed class PollPageData : IHostData, IDisposable
{
    public const string Step = "poll";
    public const int SmallVotes = 10;
    private const string DefinitionId = "bench.poll-page";

    private PollPageData(string folder) => Folder = folder;

    public string Folder { get; }

    public Guid Large { get; private set; }

    public Guid Small { get; private set; }

    public int LargeVotes { get; private set; }

    public string DatabasePath => Path.Combine(Folder, "consult.db");

    public string Definitions => Path.Combine(Folder, "definitions");

    public string IdentifierKeyPath => Path.Combine(Folder, "identifier.key");

    public string JournalKeyPath => Path.Combine(Folder, "journal.key");

    public static async Task<PollPageData> CreateAsync(int largeVotes, Action<int> progress, CancellationToken cancellationToken)
    {
        var data = new PollPageData(Path.Combine(Path.GetTempPath(), $"consult-bench-poll-{Guid.NewGuid():N}")) { LargeVotes = largeVotes };
        CopyTree(BenchPaths.Definitions, data.Definitions);
        Directory.CreateDirectory(Path.Combine(data.Definitions, "bench"));
        await File.WriteAllTextAsync(Path.Combine(data.Definitions, "bench", $"{DefinitionId}.json"), Definition, cancellationToken).ConfigureAwait(false);

        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddConsultEngine(o =>
        {
            o.DatabasePath = data.DatabasePath;
            o.DefinitionsPath = data.Definitions;
            o.IdentifierKeyPath = data.IdentifierKeyPath;
            o.JournalKeyPath = data.JournalKeyPath;
            o.RunBackgroundServices = false;
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using (provider.ConfigureAwait(false))
        {
            await provider.InitializeConsultEngineAsync(cancellationToken).ConfigureAwait(false);
            var engine = provider.GetRequiredService<ProcessEngine>();
            var tools = provider.GetRequiredService<IToolSteps>();
            data.Large = await OpenPollAsync(engine, tools, "large", cancellationToken).ConfigureAwait(false);
            data.Small = await OpenPollAsync(engine, tools, "small", cancellationToken).ConfigureAwait(false);
            await VoteAsync(tools, data.Small, 0, SmallVotes, _ => { }, cancellationToken).ConfigureAwait(false);
            await VoteAsync(tools, data.Large, SmallVotes, largeVotes, progress, cancellationToken).ConfigureAwait(false);
        }

        return data;
    }

    public void Dispose() => HostDataFolder.Delete(Folder);

    private static async Task<Guid> OpenPollAsync(ProcessEngine engine, IToolSteps tools, string name, CancellationToken cancellationToken)
    {
        var started = await engine.StartAsync(DefinitionId, 1, title: $"Bình chọn ({name})", startedBy: "van-phong.hdnd", cancellationToken: cancellationToken).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;
        var setUp = $$"""
            { "opensAt": "{{now.AddDays(-1):yyyy-MM-ddTHH:mm:ssZ}}", "closesAt": "{{now.AddDays(20):yyyy-MM-ddTHH:mm:ssZ}}",
              "questions": [ { "id": "phuong-an", "title": { "vi": "Anh/Chị chọn phương án nào?", "en": "Which option do you choose?" }, "choice": "single",
                "options": [ { "value": "pa1", "label": { "vi": "Phương án 1", "en": "Option 1" } }, { "value": "pa2", "label": { "vi": "Phương án 2", "en": "Option 2" } }, { "value": "pa3", "label": { "vi": "Phương án 3", "en": "Option 3" } } ] } ] }
            """;
        using var payload = JsonDocument.Parse(setUp);
        await tools.ExecuteAsync(started.Id, Step, "set-up", payload.RootElement.Clone(), ToolCaller.Staff("van-phong.hdnd"), cancellationToken).ConfigureAwait(false);
        return started.Id;
    }

    /// <summary>Votes numbered from <paramref name="first"/>, each by its own phone number, 64 in flight (as many people at once).</summary>
    private static async Task VoteAsync(IToolSteps tools, Guid instanceId, int first, int count, Action<int> progress, CancellationToken cancellationToken)
    {
        string[] options = ["pa1", "pa2", "pa3"];
        var answers = options.Select(o => JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["phuong-an"] = o })).ToArray();
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(first, count), new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = cancellationToken }, async (n, token) =>
        {
            var result = await tools.SubmitAsync(instanceId, Step, new Submission
            {
                Channel = InputChannel.Web,
                Identifier = $"09{n:D8}",
                Answers = answers[(n * 7) % 3],
                Respondent = new RespondentAttributes { Province = "Nghệ An" },
            }, ToolCaller.Public(), token).ConfigureAwait(false);
            if (!result.Accepted)
            {
                throw new InvalidOperationException($"The poll refused vote {n}: {string.Join(", ", result.Problems.Select(p => p.Code))}");
            }

            if (Interlocked.Increment(ref done) % 10_000 == 0)
            {
                progress(done);
            }
        }).ConfigureAwait(false);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private const string Definition = """
        {
          "schemaVersion": 1,
          "id": "bench.poll-page",
          "version": 1,
          "title": { "vi": "Bình chọn trực tuyến (đo hiệu năng)", "en": "Online poll (performance measure)" },
          "roles": [ { "id": "council-office", "title": { "vi": "Văn phòng HĐND", "en": "People's Council Office" } } ],
          "phases": [
            {
              "id": "carry-out",
              "title": { "vi": "Thực hiện", "en": "Carry out" },
              "steps": [
                {
                  "id": "poll",
                  "type": "tool:online-poll@1",
                  "title": { "vi": "Bình chọn trực tuyến", "en": "Online poll" },
                  "role": "council-office",
                  "after": [],
                  "config": { "channels": ["web"], "publishTallies": true }
                },
                {
                  "id": "wrap-up",
                  "type": "task",
                  "title": { "vi": "Tổng kết", "en": "Wrap up" },
                  "role": "council-office",
                  "after": ["poll"]
                }
              ]
            }
          ]
        }
        """;
}

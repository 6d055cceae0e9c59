using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ConsultEngine.Abstractions;
using ConsultEngine.Runtime.Tools;

namespace ConsultEngine.Testing.Tools;

/// <summary>What the bench did with one submission: the tool's decision and, when accepted, what storing each input gave.</summary>
public sealed record BenchSubmission(CollectResult Result, IReadOnlyList<AppendResult> Stored)
{
    /// <summary>Accepted by the tool and every input stored (none refused for its unique key).</summary>
    public bool Accepted => Result.Accepted && Stored.All(s => s.Status != AppendStatus.Conflict);

    /// <summary>The codes of the problems the tool reported, then CE9103 for each input refused for its unique key.</summary>
    public IReadOnlyList<string> Codes => [.. Result.Problems.Select(p => p.Code), .. Stored.Where(s => s.Status == AppendStatus.Conflict).Select(_ => ToolCodes.AlreadySubmitted)];
}

/// <summary>
/// Runs one tool on one step the way the host does — open, collect (store what it accepts), actions,
/// close, analyse — with in-memory stores, the engine's JavaScript sandbox, a keyed identifier hasher
/// with a fixed test key and a manual clock. For plugin authors' tests: no database, no web host.
/// </summary>
public sealed partial class ToolTestBench
{
    /// <summary>The key the bench hashes identifiers with (tests only; installations generate their own).</summary>
    public static ReadOnlySpan<byte> TestKey => "consult-engine-tool-test-bench-k"u8;

    private static readonly JsonSerializerOptions SnapshotOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public ToolTestBench(IConsultationTool tool, string configJson = "{}", string variablesJson = "{}", ManualClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        Tool = tool;
        Clock = clock ?? new ManualClock();
        Config = Parse(configJson);
        Variables = Parse(variablesJson);
        Store = new InMemoryToolDataStore(Clock);
        Identifiers = new KeyedIdentifierHasher(TestKey);
    }

    public IConsultationTool Tool { get; }

    public ManualClock Clock { get; }

    public InMemoryToolDataStore Store { get; }

    public KeyedIdentifierHasher Identifiers { get; }

    public JsonElement Config { get; }

    public JsonElement Variables { get; }

    public Guid InstanceId { get; init; } = new("6f1c0d3e-0000-4000-8000-000000000001");

    public string StepId { get; init; } = "tool-step";

    public string DefinitionId { get; init; } = "bench";

    /// <summary>The inputs stored so far, whatever their flags.</summary>
    public IToolInputs Inputs => Store.Inputs(InstanceId, StepId);

    public IToolRecords Records => Store.Records(InstanceId, StepId);

    /// <summary>A context for the bench's step, as the host would build it for <paramref name="actor"/>.</summary>
    public ToolContext Context(string? actor = "staff", string language = "vi") => new()
    {
        InstanceId = InstanceId,
        StepId = StepId,
        DefinitionId = DefinitionId,
        DefinitionVersion = 1,
        Config = Config,
        Variables = Variables,
        Actor = actor,
        Language = language,
        Inputs = Inputs,
        Records = Records,
        Scripts = SandboxRules.Tools,
        Identifiers = Identifiers,
        Clock = Clock,
    };

    public async Task OpenAsync() => await Tool.OpenAsync(Context(), CancellationToken.None).ConfigureAwait(false);

    /// <summary>Collects one submission and, when the tool accepts it, stores its inputs as the host does.</summary>
    public async Task<BenchSubmission> SubmitAsync(Submission submission, string? actor = null)
    {
        var result = await Tool.CollectAsync(Context(actor), submission, CancellationToken.None).ConfigureAwait(false);
        if (!result.Accepted)
        {
            return new BenchSubmission(result, []);
        }

        var stored = new List<AppendResult>();
        foreach (var input in result.Inputs)
        {
            stored.Add(await Inputs.AppendAsync(input, result.OnConflict).ConfigureAwait(false));
        }

        return new BenchSubmission(result, stored);
    }

    /// <summary>Runs one of the tool's actions with a JSON payload.</summary>
    public async Task<JsonElement?> ExecuteAsync(string action, string payloadJson, string? actor = "staff") =>
        await Tool.ExecuteAsync(Context(actor), action, Parse(payloadJson), CancellationToken.None).ConfigureAwait(false);

    public async Task CloseAsync() => await Tool.CloseAsync(Context(), CancellationToken.None).ConfigureAwait(false);

    public async Task<ToolAnalysis> AnalyseAsync(AnalysisOptions? options = null) =>
        await Tool.AnalyseAsync(Context(), options ?? AnalysisOptions.Default, CancellationToken.None).ConfigureAwait(false);

    /// <summary>An analysis as indented JSON with readable Vietnamese (for snapshot tests).</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, SnapshotOptions);

    /// <summary>
    /// Everything the bench's store holds — every input and record of every step — as JSON, for
    /// tests that check what a tool stored (and what it must never store, such as an identifier).
    /// </summary>
    public string StoredJson() => ToJson(new
    {
        inputs = Store.AllInputs(),
        records = Store.AllRecords().Select(r => new { r.Collection, r.Key, r.Value, r.Version }),
    });

    /// <summary>
    /// <paramref name="value"/> as <see cref="ToJson"/> writes it, each GUID replaced by its order of
    /// first appearance (<c>id-1</c>, <c>id-2</c>...): for snapshots of results whose ids tools draw at random.
    /// </summary>
    public static string ToScrubbedJson<T>(T value)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return GuidPattern().Replace(ToJson(value), m =>
        {
            if (!seen.TryGetValue(m.Value, out var number))
            {
                seen[m.Value] = number = seen.Count + 1;
            }

            return "id-" + number.ToString(CultureInfo.InvariantCulture);
        });
    }

    /// <summary>Parses JSON text into an element that outlives its document.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsultEngine.Web.Tests.Privacy;

/// <summary>
/// No personal data in the logs (Decree 13/2023/NĐ-CP): a plugin that fails with what a person typed in its
/// exception's message (<see cref="EchoingTool"/>) is logged by its type, tool, operation and ids — the
/// words the person typed appear in no log line and in no answer.
/// </summary>
public sealed class NoPersonalDataInLogsTests : IAsyncLifetime, IDisposable
{
    private const string Marker = "MARKER-7f3a-Nguyen-Van-Typed";
    private const string DefinitionId = "privacy.logs";
    private const string Definition = """
        {
          "schemaVersion": 1,
          "id": "privacy.logs",
          "version": 1,
          "title": { "vi": "Thử nhật ký", "en": "Log check" },
          "roles": [ { "id": "council-office", "title": { "vi": "Văn phòng HĐND", "en": "People's Council Office" } } ],
          "phases": [
            {
              "id": "carry-out",
              "title": { "vi": "Thực hiện", "en": "Carry out" },
              "steps": [
                { "id": "echo", "type": "tool:echoing@1", "title": { "vi": "Góp ý", "en": "Comments" }, "role": "council-office", "config": {} },
                { "id": "decide", "type": "task", "title": { "vi": "Kết luận", "en": "Decide" }, "role": "council-office", "after": ["echo"] }
              ]
            }
          ]
        }
        """;

    private readonly CapturingLoggerProvider _logs = new();
    private TestWebHost? _host;
    private Guid _instance;

    private TestWebHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    private string Step => $"/api/consultations/{_instance}/steps/echo";

    public async Task InitializeAsync()
    {
        var folder = TestFolder.Create();
        var noPlugins = Directory.CreateDirectory(Path.Combine(folder.Path, "no-plugins")).FullName;
        _host = await TestWebHost.StartAsync(folder, new Dictionary<string, string>
        {
            ["ConsultEngine:PluginsPath"] = noPlugins,
            ["Logging:LogLevel:Default"] = "Debug",
        }, services =>
        {
            services.AddConsultEngine().AddTool(new EchoingTool());
            services.AddSingleton<ILoggerProvider>(_logs);
        });
        var library = _host.Services.GetRequiredService<IDefinitionLibrary>();
        var draft = await library.ImportAsync(Definition, "privacy");
        Assert.True(draft.IsValid, string.Join("; ", draft.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
        var published = await library.PublishAsync(DefinitionId, draft.Draft.Revision, "privacy");
        _instance = (await _host.Services.GetRequiredService<ProcessEngine>().StartAsync(DefinitionId, published.Version, new JsonObject(), "Log check", "privacy")).Id;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task AFailingPluginsSubmission_LogsTheFault_ButNotTheTextOrAttributeThePersonTyped()
    {
        using var client = Host.CreateClient();

        using var response = await client.PostAsJsonAsync(Step + "/submissions", new
        {
            text = "Ý kiến " + Marker,
            respondent = new { occupation = Marker },
            consent = new { privacy = true },
        });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain(Marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertFaultLoggedWithoutMarker();
    }

    [Fact]
    public async Task AFailingPluginsActionAndEvaluation_LogTheFault_ButNotThePayload()
    {
        using var client = Host.CreateClient();

        using var action = await client.PostAsJsonAsync(Step + "/forms/ask", new { question = Marker, consent = new { privacy = true } });
        using var evaluation = await client.PostAsJsonAsync(Step + "/forms/main/evaluate", new { text = Marker });

        Assert.Equal(HttpStatusCode.InternalServerError, action.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, evaluation.StatusCode);
        AssertFaultLoggedWithoutMarker();
    }

    private void AssertFaultLoggedWithoutMarker()
    {
        var lines = _logs.Lines;
        // The fault is logged (so this test sees the line it judges) ...
        Assert.Contains(lines, l => l.Contains(EchoingTool.Id, StringComparison.Ordinal) && l.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        // ... and no line holds what the person typed.
        Assert.DoesNotContain(lines, l => l.Contains(Marker, StringComparison.Ordinal));
    }
}

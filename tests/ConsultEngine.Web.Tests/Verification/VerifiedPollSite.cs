using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Hosting.Notifications.Sms;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Verification;

/// <summary>
/// A host with a recording SMS gateway and one consultation of two polls: <see cref="Verified"/> counts a web vote
/// only with a code sent by SMS (<c>"confirmBy": "sms-code"</c>), <see cref="Unverified"/> proves nothing and
/// publishes its tallies. Three codes per number and hour; each test asks from its own loopback address.
/// </summary>
public sealed class VerifiedPollSite : IAsyncLifetime
{
    public const string Verified = "vote";
    public const string Unverified = "loose";
    public const int CodesPerNumber = 3;
    public const int CodesPerClient = 4;

    private const string DefinitionId = "verify.poll";

    private const string Definition = """
        {
          "schemaVersion": 1,
          "id": "verify.poll",
          "version": 1,
          "title": { "vi": "Bình chọn có xác thực", "en": "Verified poll" },
          "roles": [ { "id": "council-office", "title": { "vi": "Văn phòng HĐND", "en": "People's Council Office" } } ],
          "phases": [
            {
              "id": "carry-out",
              "title": { "vi": "Thực hiện", "en": "Carry out" },
              "steps": [
                { "id": "vote", "type": "tool:online-poll@1", "title": { "vi": "Bình chọn", "en": "Poll" }, "role": "council-office", "config": { "verification": "phone", "confirmBy": "sms-code" } },
                { "id": "loose", "type": "tool:online-poll@1", "title": { "vi": "Bình chọn tham khảo", "en": "Indicative poll" }, "role": "council-office", "config": { "verification": "phone", "publishTallies": true }, "after": [] },
                { "id": "decide", "type": "task", "title": { "vi": "Kết luận", "en": "Decide" }, "role": "council-office", "after": ["vote", "loose"] }
              ]
            }
          ]
        }
        """;

    private TestWebHost? _host;
    private int _nextAddress = 40;

    public TestWebHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public RecordingSms Sms { get; } = new();

    public Guid InstanceId { get; private set; }

    public async Task InitializeAsync()
    {
        _host = await StartAsync(Sms);
        InstanceId = await OpenAsync(_host);
    }

    /// <summary>A host with the settings of the site, with <paramref name="sms"/> as its gateway (none when null).</summary>
    public static async Task<TestWebHost> StartAsync(ISmsTransport? sms) =>
        await TestWebHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["ConsultEngine:PersonVerification:CodesPerNumberPerHour"] = CodesPerNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ConsultEngine:PersonVerification:CodesPerClientPerHour"] = CodesPerClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, services: services =>
        {
            if (sms is not null)
            {
                services.AddSingleton(sms);
            }
        });

    /// <summary>Publishes the definition, starts a consultation and sets both polls up as staff would (open now, one question).</summary>
    public static async Task<Guid> OpenAsync(TestWebHost host)
    {
        var library = host.Services.GetRequiredService<IDefinitionLibrary>();
        var draft = await library.ImportAsync(Definition, "test");
        Assert.True(draft.IsValid, string.Join("; ", draft.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
        var published = await library.PublishAsync(DefinitionId, draft.Draft.Revision, "test");
        var instance = await host.Services.GetRequiredService<ProcessEngine>().StartAsync(DefinitionId, published.Version, new JsonObject(), "Verified poll", "test");
        var tools = host.Services.GetRequiredService<IToolSteps>();
        var now = DateTimeOffset.UtcNow;
        var setUp = JsonSerializer.SerializeToElement(new
        {
            opensAt = now.AddMinutes(-5),
            closesAt = now.AddDays(1),
            questions = new[]
            {
                new { id = "q", title = "Anh/Chị có đồng ý với phương án giá dịch vụ không?", choice = "single", options = new[] { new { value = "yes", label = "Đồng ý" }, new { value = "no", label = "Không đồng ý" } } },
            },
        });
        foreach (var step in new[] { Verified, Unverified })
        {
            await tools.ExecuteAsync(instance.Id, step, "set-up", setUp, ToolCaller.Staff("test"));
        }

        return instance.Id;
    }

    public string StepPath(string step) => $"/api/consultations/{InstanceId}/steps/{step}";

    /// <summary>Delivers what the outbox holds (the host runs no background services in tests).</summary>
    public async Task DispatchAsync() => await Host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(100);

    /// <summary>Asks for a code for <paramref name="number"/> (written as <paramref name="written"/>) and delivers it; returns the code the gateway got.</summary>
    public async Task<string> CodeForAsync(HttpClient client, string number, string? written = null)
    {
        using var asked = await client.PostAsJsonAsync(StepPath(Verified) + "/verification", new { identifier = written ?? number });
        Assert.True(asked.StatusCode == HttpStatusCode.Accepted, await asked.Content.ReadAsStringAsync());
        await DispatchAsync();
        return Sms.LastCodeTo(number);
    }

    public static object Vote(string number, string? code, string choice = "yes") => code is null
        ? new { answers = new { q = choice }, identifier = number, consent = new { privacy = true, sensitive = false } }
        : new { answers = new { q = choice }, identifier = number, verificationCode = code, consent = new { privacy = true, sensitive = false } };

    /// <summary>The people counted by the poll of <paramref name="step"/>.</summary>
    public async Task<int> PeopleAsync(string step = Verified) =>
        (await Host.Services.GetRequiredService<IToolSteps>().AnalyseAsync(InstanceId, step)).Basis.People;

    /// <summary>A client of its own loopback address (127.0.0.x), so that each test meets the per-client limit alone.</summary>
    public HttpClient Client()
    {
        var address = IPAddress.Parse("127.0.0." + Interlocked.Increment(ref _nextAddress).ToString(System.Globalization.CultureInfo.InvariantCulture));
#pragma warning disable CA2000 // The client owns and disposes the handler.
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(address, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
#pragma warning restore CA2000
        return Host.CreateClient(handler);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

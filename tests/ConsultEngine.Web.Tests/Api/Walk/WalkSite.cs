using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Api.Walk;

/// <summary>
/// The walk's own host: no plugin folder (so the standard survey's step type names a tool that is not
/// loaded), the <see cref="WalkTool"/> added in process, low rate limits, and one consultation of
/// <see cref="Definition"/> whose <c>walk</c> and <c>absent</c> steps wait. One person (<see cref="TakenIdentifier"/>)
/// has taken part already. Each request of the walk comes from its own loopback address, so that only the
/// rate-limit rows meet the limits.
/// </summary>
public sealed class WalkSite : IAsyncLifetime
{
    public const string TakenIdentifier = "0901000001";

    /// <summary>Public submissions and sign-ins per minute and client address.</summary>
    public const int Limit = 5;

    /// <summary>The staff API's body cap on this site (the public one stays at its 64 KB default).</summary>
    public const int BodyCap = 256 * 1024;

    private const string DefinitionId = "walk.refusals";

    private const string Definition = """
        {
          "schemaVersion": 1,
          "id": "walk.refusals",
          "version": 1,
          "title": { "vi": "Thử các lỗi", "en": "Refusal walk" },
          "roles": [ { "id": "council-office", "title": { "vi": "Văn phòng HĐND", "en": "People's Council Office" } } ],
          "phases": [
            {
              "id": "carry-out",
              "title": { "vi": "Thực hiện", "en": "Carry out" },
              "steps": [
                { "id": "walk", "type": "tool:refusal-walk@1", "title": { "vi": "Góp ý", "en": "Comments" }, "role": "council-office", "config": {} },
                { "id": "absent", "type": "tool:survey@1", "title": { "vi": "Khảo sát", "en": "Survey" }, "role": "council-office", "after": [] },
                { "id": "decide", "type": "task", "title": { "vi": "Kết luận", "en": "Decide" }, "role": "council-office", "after": ["walk", "absent"] }
              ]
            }
          ]
        }
        """;

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private TestWebHost? _host;
    private int _nextAddress = 20;

    public TestWebHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public Guid InstanceId { get; private set; }

    public async Task InitializeAsync()
    {
        var folder = TestFolder.Create();
        var noPlugins = Directory.CreateDirectory(Path.Combine(folder.Path, "no-plugins")).FullName;
        _host = await TestWebHost.StartAsync(folder, new Dictionary<string, string>
        {
            ["ConsultEngine:PluginsPath"] = noPlugins,
            ["ConsultWeb:RateLimits:PublicSubmissionPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ConsultWeb:RateLimits:SignInPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ConsultWeb:PublicLimits:ApiBodyBytes"] = BodyCap.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, services => services.AddConsultEngine().AddTool(new WalkTool()));
        await TestUsers.SeedAsync(_host);

        var library = _host.Services.GetRequiredService<IDefinitionLibrary>();
        var draft = await library.ImportAsync(Definition, "walk");
        Assert.True(draft.IsValid, string.Join("; ", draft.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
        var published = await library.PublishAsync(DefinitionId, draft.Draft.Revision, "walk");
        var instance = await _host.Services.GetRequiredService<ProcessEngine>().StartAsync(DefinitionId, published.Version, new JsonObject(), "Refusal walk", "walk");
        InstanceId = instance.Id;

        var taken = await _host.Services.GetRequiredService<IToolSteps>().SubmitAsync(InstanceId, "walk",
            new Submission { Channel = InputChannel.Web, Identifier = TakenIdentifier }, ToolCaller.Public());
        Assert.True(taken.Accepted, string.Join(", ", taken.Codes));

        // Signed in once per role, from the host's usual address (the sign-in limit counts per address).
        foreach (var role in new[] { ConsultEngine.Web.Security.Roles.CouncilOffice, ConsultEngine.Web.Security.Roles.ContractedOrganisation })
        {
            _tokens[role] = await ApiSignIn.TokenAsync(_host, TestUsers.UserName(role), TestUsers.Password(role));
        }
    }

    /// <summary>A client of its own loopback address (127.0.0.x), signed in as <paramref name="caller"/> (<see cref="WalkCaller"/>).</summary>
    public HttpClient Client(string caller)
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
        var client = Host.CreateClient(handler);
        var token = caller switch
        {
            WalkCaller.Anonymous => null,
            WalkCaller.WrongToken => "not-a-token-this-host-issued",
            _ => _tokens[caller],
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

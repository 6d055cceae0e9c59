using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsultEngine.Hosting.Tests.Library;

/// <summary>A temporary folder with a definitions folder and a SQLite file, and hosts built on them the way a product host is.</summary>
internal sealed class LibraryHost : IDisposable
{
    public const string Definition = """
        {
          "schemaVersion": 1,
          "id": "test.library",
          "version": 1,
          "title": { "vi": "Thư viện", "en": "Library" },
          "roles": [ { "id": "office", "title": { "vi": "Văn phòng", "en": "Office" } } ],
          "phases": [ { "id": "only", "title": { "vi": "Duy nhất", "en": "Only" }, "steps": [
            { "id": "review", "type": "task", "title": { "vi": "Xem xét", "en": "Review" }, "role": "office" },
            { "id": "close", "type": "task", "title": { "vi": "Kết thúc", "en": "Close" }, "role": "office" }
          ] } ]
        }
        """;

    public const string Overlay = """
        {
          "schemaVersion": 1,
          "id": "test.library.province",
          "version": 1,
          "title": { "vi": "Thư viện tỉnh", "en": "Province library" },
          "extends": { "id": "test.library", "version": 1 },
          "patches": [
            { "op": "add-step", "after": "review", "reason": "Tỉnh thêm bước / The province adds a step",
              "step": { "id": "translate", "type": "task", "title": { "vi": "Biên dịch", "en": "Translate" }, "role": "office" } }
          ]
        }
        """;

    public const string Broken = """
        { "schemaVersion": 1, "id": "test.broken", "version": 1, "title": { "vi": "Hỏng", "en": "Broken" }, "roles": [],
          "phases": [ { "id": "p", "title": { "vi": "P", "en": "P" }, "steps": [ { "id": "x", "type": "nonsense", "title": { "vi": "X", "en": "X" } } ] } ] }
        """;

    private readonly List<IHost> _hosts = [];

    public LibraryHost()
    {
        Folder = Directory.CreateTempSubdirectory("consult-library-").FullName;
        Directory.CreateDirectory(DefinitionsFolder);
        Directory.CreateDirectory(Path.Combine(DefinitionsFolder, "provinces"));
        File.WriteAllText(Path.Combine(DefinitionsFolder, "test.library.v1.json"), Definition);
        File.WriteAllText(Path.Combine(DefinitionsFolder, "provinces", "test.library.province.v1.json"), Overlay);
        File.WriteAllText(Path.Combine(DefinitionsFolder, "broken.json"), Broken);
    }

    public string Folder { get; }

    public string DefinitionsFolder => Path.Combine(Folder, "definitions");

    public string DatabasePath => Path.Combine(Folder, "consult.db");

    /// <summary>A new host on the same files (as after a restart); disposed with this object.</summary>
    public async Task<IServiceProvider> StartAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging();
        builder.Services.AddConsultEngine(options =>
        {
            options.DefinitionsPath = DefinitionsFolder;
            options.DatabasePath = DatabasePath;
            options.RunBackgroundServices = false;
        });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        var host = builder.Build();
        _hosts.Add(host);
        await host.Services.InitializeConsultEngineAsync();
        return host.Services;
    }

    public static IDefinitionLibrary Library(IServiceProvider services) => services.GetRequiredService<IDefinitionLibrary>();

    public static ProcessEngine Engine(IServiceProvider services) => services.GetRequiredService<ProcessEngine>();

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            // The SQLite stores hold the file open until they are disposed with the container.
            ((IAsyncDisposable)host.Services).DisposeAsync().AsTask().GetAwaiter().GetResult();
            host.Dispose();
        }

        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>The instance store of <paramref name="services"/>.</summary>
    public static IInstanceStore Store(IServiceProvider services) => services.GetRequiredService<IInstanceStore>();
}

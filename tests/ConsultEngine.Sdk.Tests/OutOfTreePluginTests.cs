using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Xunit.Abstractions;

namespace ConsultEngine.Sdk.Tests;

/// <summary>
/// The promise of the SDK package, as a province's developer meets it: pack the SDK, the test bench and
/// the template (<c>build/pack.sh</c>); outside the repository, install the template, create a plugin,
/// build it against the packed packages (no project reference) and run its tests on the bench; copy its
/// output folder into a host's plugins folder; then the real web host loads it, a definition runs its
/// step, a citizen answers its public form over HTTP and staff read its analysis. Slow (pack, restore,
/// two builds): it prints each stage with its time.
/// </summary>
public sealed class OutOfTreePluginTests(ITestOutputHelper output)
{
    private const string PluginName = "NgheAn.Plugins.Petition";
    private const string ToolId = "petition";
    private const string DefinitionId = "sdk.petition-test";
    private const string StepId = "petition";

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    [Fact]
    public async Task A_plugin_made_from_the_template_and_built_from_the_packages_is_loaded_answered_by_a_citizen_and_analysed()
    {
        using var workspace = PluginWorkspace.Create();
        var cli = new DotnetCli(output);
        Progress($"workspace {workspace.Root}, packages {workspace.Version}");

        // 1. The documented command packs the SDK, the harness and the templates into a local feed.
        await cli.RunAsync(RepositoryPaths.Root, "bash", Path.Combine(RepositoryPaths.Root, "build", "pack.sh"), workspace.Feed,
            "-p:PackageVersion=" + workspace.Version, "--artifacts-path", workspace.PackBuild, "--disable-build-servers");
        foreach (var package in new[] { "ConsultEngine.Abstractions", "ConsultEngine.Testing", "ConsultEngine.Templates" })
        {
            Assert.True(File.Exists(Path.Combine(workspace.Feed, $"{package}.{workspace.Version}.nupkg")), $"{package} was not packed");
        }

        Progress("packed");

        // 2. The template, installed in a template cache of the test's own; a plugin made from it.
        workspace.WriteNuGetConfig();
        await cli.RunAsync(workspace.Root, "dotnet", "new", "install", Path.Combine(workspace.Feed, $"ConsultEngine.Templates.{workspace.Version}.nupkg"), "--debug:custom-hive", workspace.Hive);
        var plugin = Path.Combine(workspace.Sources, PluginName);
        await cli.RunAsync(workspace.Root, "dotnet", "new", "consultengine-tool", "-n", PluginName, "-o", plugin,
            "--tool-id", ToolId, "--sdk-version", workspace.Version, "--debug:custom-hive", workspace.Hive);
        Progress("plugin created from the template");

        // 3. Built against the packed packages and tested on the bench.
        await cli.RunAsync(plugin, "dotnet", "build", "-c", "Release", "--disable-build-servers");
        Progress("plugin and its tests built");
        await cli.RunAsync(plugin, "dotnet", "test", "-c", "Release", "--no-build");
        Progress("plugin's tests passed on the bench");

        // 4. Installed by copying its output folder; the SDK is not in it (the host supplies it).
        var built = Path.Combine(plugin, "src", PluginName, "bin", "Release", "net10.0");
        var installed = Path.Combine(workspace.Plugins, PluginName);
        Copy(built, installed);
        Assert.True(File.Exists(Path.Combine(installed, PluginName + ".dll")));
        Assert.Empty(Directory.GetFiles(installed, "ConsultEngine.Abstractions.*"));

        // 5. The real web host with that plugins folder.
        await using var host = await TestWebHost.StartAsync(settings: new Dictionary<string, string> { ["ConsultEngine:PluginsPath"] = workspace.Plugins });
        await TestUsers.SeedAsync(host);
        Progress($"host started at {host.Address}");
        using var anonymous = host.CreateClient();
        using (var health = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("api/health", UriKind.Relative))))
        {
            Assert.Contains(ToolId, health.RootElement.GetProperty("tools").EnumerateArray().Select(t => t.GetString()));
        }

        Progress("plugin loaded");

        // 6. A definition using tool:petition@1 is published and started, and its tool step opened.
        var instanceId = await StartConsultationAsync(host);
        using var office = await ApiSignIn.AsRoleAsync(host, Roles.CouncilOffice);
        var staffStep = $"api/instances/{instanceId}/tool-steps/{StepId}";
        await AssertSuccessAsync(await office.PostAsync(new Uri(staffStep + "/open", UriKind.Relative), null));
        Progress("consultation started, tool step open");

        // 7. On the portal: the step's public surface is the tool's form, and a citizen's answer is taken.
        var publicStep = $"api/consultations/{instanceId}/steps/{StepId}";
        using (var surface = await anonymous.GetAsync(new Uri(publicStep, UriKind.Relative)))
        {
            var body = await AssertSuccessAsync(surface);
            using var json = JsonDocument.Parse(body);
            var form = json.RootElement.GetProperty("forms").EnumerateArray().First();
            Assert.Equal("main", form.GetProperty("id").GetString());
            Assert.Contains("/answers/opinion", form.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        }

        using (var refused = await anonymous.PostAsJsonAsync(new Uri(publicStep + "/submissions", UriKind.Relative), new { answers = new { }, text = "Không rõ.", consent = new { privacy = true } }))
        {
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True((int)refused.StatusCode is >= 400 and < 500, body);
            Assert.Contains("CE9801", body, StringComparison.Ordinal);
        }

        using (var accepted = await anonymous.PostAsJsonAsync(new Uri(publicStep + "/submissions", UriKind.Relative), new { answers = new { opinion = "agree" }, text = "Nên làm sớm.", consent = new { privacy = true } }))
        {
            var body = await accepted.Content.ReadAsStringAsync();
            Assert.True(accepted.StatusCode == HttpStatusCode.Created, $"{(int)accepted.StatusCode}: {body}");
        }

        Progress("citizen's submission taken over HTTP");

        // 8. In the console: staff read the tool's analysis of the step.
        using (var analysis = JsonDocument.Parse(await AssertSuccessAsync(await office.GetAsync(new Uri(staffStep + "/analysis", UriKind.Relative)))))
        {
            Assert.Equal(ToolId, analysis.RootElement.GetProperty("tool").GetString());
            Assert.Equal(1, analysis.RootElement.GetProperty("basis").GetProperty("counted").GetInt32());
            var question = analysis.RootElement.GetProperty("questions").EnumerateArray().Single();
            var agree = question.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("value").GetString() == "agree");
            Assert.Equal(1, agree.GetProperty("count").GetInt32());
        }

        Progress("analysed for staff");
    }

    private static async Task<Guid> StartConsultationAsync(TestWebHost host)
    {
        using var admin = await ApiSignIn.AsRoleAsync(host, Roles.Administrator);
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Definitions", DefinitionId + ".json"));
        using (var content = new StringContent(json, Encoding.UTF8, "application/json"))
        {
            var imported = await AssertSuccessAsync(await admin.PostAsync(new Uri("api/definitions/import", UriKind.Relative), content));
            using var answer = JsonDocument.Parse(imported);
            Assert.True(answer.RootElement.GetProperty("valid").GetBoolean(), imported);
        }

        await AssertSuccessAsync(await admin.PostAsJsonAsync(new Uri($"api/definitions/{DefinitionId}/draft/publish", UriKind.Relative), new { }));
        using var office = await ApiSignIn.AsRoleAsync(host, Roles.CouncilOffice);
        using var started = await office.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = DefinitionId, title = "Đề xuất làm đường xe đạp" });
        var body = await started.Content.ReadAsStringAsync();
        Assert.True(started.StatusCode == HttpStatusCode.Created, body);
        using var detail = JsonDocument.Parse(body);
        return detail.RootElement.GetProperty("instance").GetProperty("id").GetGuid();
    }

    private static async Task<string> AssertSuccessAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
            return body;
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private void Progress(string stage) => output.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {stage}");
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ConsultEngine.Web.Api;

namespace ConsultEngine.Web.Tests.Api.Walk;

/// <summary>
/// Refusals answer the same HTTP status for the same kind of failure on every endpoint: every row of
/// <see cref="WalkRows"/> is sent over real HTTP to the walk's host (<see cref="WalkSite"/>), and its answer
/// must be problem details with the status of its kind (<see cref="FailureStatus"/>, the one mapping), a
/// code of that kind and, where the row says, the JSON Pointer of what was wrong — on the public API and
/// on the staff API alike.
/// </summary>
public sealed class RefusalWalkTests(WalkSite site) : IClassFixture<WalkSite>
{
    public static TheoryData<string> Rows => [.. WalkRows.All.Select(r => r.Name)];

    [Fact]
    public void EveryKind_IsWalked_OnBothSides()
    {
        foreach (var side in Enum.GetValues<WalkSide>())
        {
            var walked = WalkRows.All.Where(r => r.Side == side).Select(r => r.Kind).ToHashSet();
            var missing = Enum.GetValues<FailureKind>().Where(k => !walked.Contains(k)).ToList();
            Assert.True(missing.Count == 0, $"the {side} side walks no {string.Join(", ", missing)}: add a row to WalkRows");
        }
    }

    [Fact]
    public void EveryRow_HasItsOwnName()
    {
        var twice = WalkRows.All.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "rows named twice: " + string.Join("; ", twice));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task ARefusal_AnswersTheStatusOfItsKind_AsProblemDetailsWithItsCode(string name)
    {
        var row = WalkRows.All.Single(r => r.Name == name);
        using var client = site.Client(row.Caller);
        var path = row.Path.Replace("{instance}", site.InstanceId.ToString(), StringComparison.Ordinal)
            .Replace("{unknown}", Guid.CreateVersion7().ToString(), StringComparison.Ordinal);

        HttpResponseMessage? response = null;
        for (var i = 0; i < row.Times; i++)
        {
            response?.Dispose();
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(path.TrimStart('/'), UriKind.Relative));
            if (row.Body is not null)
            {
                request.Content = new StringContent(row.Body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            }

            response = await client.SendAsync(request);
        }

        using (response)
        {
            var body = await response!.Content.ReadAsStringAsync();
            var expected = FailureStatus.Of(row.Kind);
            Assert.True((int)response.StatusCode == expected, $"{name}: expected {expected}, got {(int)response.StatusCode}: {body}");
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{name}: not problem details: {response.Content.Headers.ContentType} {body}");
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            Assert.Equal(expected, root.GetProperty("status").GetInt32());
            var code = root.GetProperty("code").GetString()!;
            Assert.True(FailureKinds.Of(code) == row.Kind, $"{name}: {code} is {FailureKinds.Of(code)}, not {row.Kind}: {body}");
            if (row.ProblemAt is { } pointer)
            {
                Assert.True(Pointers(root).Contains(pointer), $"{name}: no problem at {pointer}: {body}");
            }
        }
    }

    /// <summary>The pointers a refusal names: the public API's <c>problems[].pointer</c>, the staff API's <c>errors[].jsonPointer</c>.</summary>
    private static HashSet<string> Pointers(JsonElement root)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (list, member) in new[] { ("problems", "pointer"), ("errors", "jsonPointer") })
        {
            if (root.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array)
            {
                found.UnionWith(items.EnumerateArray()
                    .Where(e => e.TryGetProperty(member, out var p) && p.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetProperty(member).GetString()!));
            }
        }

        return found;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Hostile.Fuzz;

/// <summary>
/// Builds request <c>n</c> of a run from the run's seed alone (so one request can be replayed): a target,
/// its route values (real ones mostly, else bad GUIDs, unknown steps and forms, path traversal, very long
/// or strange segments), a query string, headers (forwarded headers, odd languages, huge values, garbage
/// credentials) and, where the method takes one, a body from <see cref="FuzzBodies"/>.
/// </summary>
internal sealed class FuzzRequests(FuzzWorld world, IReadOnlyList<FuzzTarget> targets, int seed)
{
    private static readonly string[] BadSegments =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "..\\..\\windows\\win.ini", "%00", "%ZZ", "%C3%28",
        "%FF%FE", "CON", "{instanceId}", "<script>", "'", "%20", "a%2Fb", "%E2%80%AE", "𝕏", "-1", "99999999999999999999", "null", "undefined", "%0d%0aX-Injected:1",
    ];

    private static readonly string[] QueryKeys = ["returnUrl", "page", "lang", "culture", "from", "to", "handler", "__RequestVerificationToken", "%ff", "a[b]", "step", "format", "ce-move"];

    private static readonly string[] QueryValues =
        ["http://evil.example/", "//evil.example", "javascript:alert(1)", "-1", "0", "2147483648", "vi", "zz-ZZ", "%FF", "%00", "../..", "', DROP TABLE x; --", "1e400", "next", "back"];

    public IReadOnlyList<FuzzTarget> Targets => targets;

    /// <summary>The generator of request <paramref name="n"/>: the same numbers for the same seed, whatever the order the requests run in.</summary>
    public Random RandomFor(int n) => new(HashCode.Combine(seed, n));

    public FuzzTarget TargetFor(Random random) => targets[random.Next(targets.Count)];

    /// <summary>The address of <paramref name="target"/> with its route values filled in (and perhaps a query string).</summary>
    public string Address(Random random, FuzzTarget target, out string? stepId)
    {
        stepId = null;
        var address = target.Pattern;
        foreach (var parameter in target.Parameters)
        {
            var value = Value(random, parameter.Name, ref stepId);
            address = Regex.Replace(address, "\\{\\**" + Regex.Escape(parameter.Name) + "[^}]*\\}", value.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        return random.Next(10) < 3 ? address + Query(random) : address;
    }

    /// <summary>A valid body for the form the address names, where there is one (else the survey's).</summary>
    public JsonObject? ValidBody(FuzzTarget target, string? stepId, string address)
    {
        if (target.Pattern.EndsWith("/registrations", StringComparison.Ordinal))
        {
            return world.Forms.FirstOrDefault(f => f.StepId == stepId && f.Target.Equals("action", StringComparison.OrdinalIgnoreCase))?.ValidBody;
        }

        var form = world.Forms.FirstOrDefault(f => f.StepId == stepId && address.Contains("/forms/" + f.FormId, StringComparison.Ordinal))
            ?? world.Forms.FirstOrDefault(f => f.StepId == stepId && f.Target.Equals("submission", StringComparison.OrdinalIgnoreCase))
            ?? world.Forms.FirstOrDefault(f => f.StepId == PortalSeed.SurveyStep);
        if (target.Pattern.Contains("/auth/login", StringComparison.Ordinal))
        {
            return new JsonObject { ["userName"] = "nobody", ["password"] = "not-the-password" };
        }

        return form?.ValidBody;
    }

    /// <summary>Headers a hostile client sends: forwarded headers, a huge one, odd languages and credentials.</summary>
    public static void AddHeaders(Random random, HttpRequestMessage request)
    {
        var roll = random.Next(100);
        var headers = request.Headers;
        switch (roll)
        {
            case < 10:
                headers.TryAddWithoutValidation("X-Forwarded-For", random.Next(3) switch { 0 => "203.0.113.7, 10.0.0.1", 1 => "garbage, ::::, 999.1.1.1", _ => string.Join(",", Enumerable.Repeat("1.2.3.4", 500)) });
                headers.TryAddWithoutValidation("X-Forwarded-Proto", random.Next(2) == 0 ? "https" : "gopher");
                headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
                break;
            case < 15:
                headers.TryAddWithoutValidation("Forwarded", "for=\"[2001:db8::1]:443\";proto=https;host=evil.example, for=unknown");
                break;
            case < 20:
                // A header of 4–40 KB: over Kestrel's 32 KB it is refused (431) before the application sees it.
                headers.TryAddWithoutValidation("X-Fuzz", new string('h', random.Next(4_000, 40_000)));
                break;
            case < 27:
                headers.TryAddWithoutValidation("Accept-Language", random.Next(3) switch { 0 => "zz-ZZ;q=2, *;q=-1", 1 => new string('a', 3000), _ => "vi-VN,en;q=0.5,x-klingon" });
                break;
            case < 31:
                headers.TryAddWithoutValidation("Authorization", random.Next(2) == 0 ? "Bearer not.a.token" : "Basic " + new string('=', 100));
                break;
            case < 36:
                headers.TryAddWithoutValidation("Cookie", random.Next(2) == 0 ? ".AspNetCore.Identity.Application=garbage; .AspNetCore.Culture=c%3Dzz%7Cuic%3D%FF" : "a=" + new string('c', 5000));
                break;
            case < 40:
                headers.TryAddWithoutValidation("Accept", random.Next(2) == 0 ? "application/xml" : "text/html;q=abc, */*;;");
                break;
            case < 43:
                headers.TryAddWithoutValidation("If-None-Match", "\"" + new string('e', 2000) + "\"");
                headers.TryAddWithoutValidation("Range", "bytes=999999999-1");
                break;
            default:
                break;
        }
    }

    private string Value(Random random, string name, ref string? stepId)
    {
        var good = random.Next(10) < 7;
        switch (name.ToUpperInvariant())
        {
            case "INSTANCEID" or "ID":
                return good ? world.InstanceId.ToString() : random.Next(3) == 0 ? Guid.NewGuid().ToString() : Bad(random);
            case "STEPID":
                stepId = good && world.Steps.Count > 0 ? world.Steps[random.Next(world.Steps.Count)] : Bad(random);
                return stepId;
            case "FORMID":
                var step = stepId;
                var forms = world.Forms.Where(f => f.StepId == step).ToList();
                return good && forms.Count > 0 ? forms[random.Next(forms.Count)].FormId : Bad(random);
            case "FILE":
                return good ? (random.Next(2) == 0 ? "results.csv" : "opinions.csv") : Bad(random);
            case "NAME":
                return good ? (random.Next(2) == 0 ? "vi" : "en") : Bad(random);
            case "CODE":
                return good ? "48" : Bad(random);
            case "STATUS" or "VERSION" or "NUMBER":
                return good ? random.Next(-1, 600).ToString(CultureInfo.InvariantCulture) : Bad(random);
            default:
                return good ? "fuzz-" + random.Next(1000).ToString(CultureInfo.InvariantCulture) : Bad(random);
        }
    }

    private static string Bad(Random random) => random.Next(5) switch
    {
        0 => new string(FuzzBodies.Pick(random, "a-_.~é"), random.Next(200, 3_000)),
        _ => BadSegments[random.Next(BadSegments.Length)],
    };

    private static string Query(Random random)
    {
        if (random.Next(20) == 0)
        {
            // A query string of up to 12 KB: past Kestrel's 8 KB request line it is refused (414) before the application.
            return "?q=" + new string('q', random.Next(1_000, 12_000));
        }

        var parts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => QueryKeys[random.Next(QueryKeys.Length)] + "=" + QueryValues[random.Next(QueryValues.Length)]);
        return "?" + string.Join("&", parts);
    }
}

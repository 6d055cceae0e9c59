using System.Net;
using System.Text.RegularExpressions;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests;

/// <summary>
/// An HTTP client that behaves like a browser without JavaScript: keeps cookies, follows nothing by
/// itself, and posts a page's form with the form's hidden fields (antiforgery token, handler name).
/// </summary>
internal sealed partial class BrowserLikeClient : IDisposable
{
    private readonly HttpClient _client;

    public BrowserLikeClient(TestWebHost host)
    {
        Cookies = new CookieContainer();
        _client = host.CreateClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true });
    }

    public CookieContainer Cookies { get; }

    public void AcceptLanguage(string language) => _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Loads the page, then posts its form (every hidden field plus <paramref name="fields"/>) to the page's address.
    /// When the sign-in form answers with the two-factor step, the client enters the test user's current
    /// authenticator code (<see cref="TestUsers.CurrentCode"/>) as its owner would, unless <paramref name="completeTwoFactor"/> is false.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string path, IReadOnlyDictionary<string, string> fields, bool completeTwoFactor = true)
    {
        var page = await GetPageAsync(path);
        var form = HiddenFields(page);
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        using var content = new FormUrlEncodedContent(form);
        var response = await _client.PostAsync(new Uri(path, UriKind.Relative), content);
        var location = response.Headers.Location is { } to ? new Uri(_client.BaseAddress!, to) : null;
        if (completeTwoFactor && response.StatusCode == HttpStatusCode.Redirect && fields.TryGetValue("Input.UserName", out var userName)
            && location?.AbsolutePath == TwoFactorStep)
        {
            var step = location.PathAndQuery;
            response.Dispose();
            return await SubmitFormAsync(step, new Dictionary<string, string> { ["Input.Code"] = TestUsers.CurrentCode(userName) }, completeTwoFactor: false);
        }

        return response;
    }

    private const string TwoFactorStep = "/account/login-2fa";

    public static Dictionary<string, string> HiddenFields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (!tag.Contains("type=\"hidden\"", StringComparison.Ordinal))
            {
                continue;
            }

            var name = Attribute("name").Match(tag);
            var value = Attribute("value").Match(tag);
            if (name.Success)
            {
                fields[WebUtility.HtmlDecode(name.Groups[1].Value)] = value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
            }
        }

        return fields;
    }

    public void Dispose() => _client.Dispose();

    private static Regex Attribute(string name) => new($"\\s{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant);

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex InputTag();
}

using System.Net;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Portal;

/// <summary>
/// A browser without JavaScript going through the portal's forms: keeps cookies, and posts the form of
/// the page it last read (its hidden fields: antiforgery token, form name, carried answers) with the
/// fields a person fills in, to the page's own address.
/// </summary>
internal sealed class PortalBrowser(TestWebHost host) : IDisposable
{
    private readonly HttpClient _client = host.CreateClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true });
    private string _path = "/";

    /// <summary>The HTML of the page last read.</summary>
    public string Page { get; private set; } = string.Empty;

    /// <summary>
    /// Whether this person ticks the privacy consent box whenever the page shows one (as everyone who sends
    /// a form must); turned off to see the refusal.
    /// </summary>
    public bool TicksConsent { get; set; } = true;

    /// <summary>The page's text with entities decoded, for assertions on words.</summary>
    public string Text => WebUtility.HtmlDecode(Page);

    public async Task<string> OpenAsync(string path)
    {
        _path = path;
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return Page;
    }

    public async Task UseEnglishAsync()
    {
        using var switched = await _client.GetAsync(new Uri("/culture/en?returnUrl=%2F", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
    }

    /// <summary>
    /// Posts the current page's form. Several values for one name (checkboxes) are given as one entry
    /// per value. Returns the answer: 200 with the next page (read into <see cref="Page"/>), or a redirect.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(params (string Name, string Value)[] fields)
    {
        var form = BrowserLikeClient.HiddenFields(Page).Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();
        form.RemoveAll(f => fields.Any(given => given.Name == f.Key));
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        if (TicksConsent && Page.Contains("name=\"ce-consent-privacy\"", StringComparison.Ordinal) && !fields.Any(f => f.Name == "ce-consent-privacy"))
        {
            form.Add(new("ce-consent-privacy", "true"));
        }

        using var content = new FormUrlEncodedContent(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_path, UriKind.Relative)) { Content = content };
        var response = await _client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Page = await response.Content.ReadAsStringAsync();
        }

        return response;
    }

    /// <summary>A GET of any address with this browser's cookies.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Follows a redirect answer to the page it names.</summary>
    public async Task<string> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        return await OpenAsync(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
    }

    public void Dispose() => _client.Dispose();
}

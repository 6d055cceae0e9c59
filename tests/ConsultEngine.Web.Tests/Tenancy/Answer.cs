using System.Text.Json;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>What an endpoint answered, as far as a caller can compare two answers: the status and the problem's code.</summary>
internal sealed record Answer(int Status, string? Code)
{
    public bool IsRefusal => Status is 401 or 403 || Status >= 500;

    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? code = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            code = json.RootElement.TryGetProperty("code", out var value) ? value.GetString() : null;
        }

        return new Answer((int)response.StatusCode, code);
    }

    public override string ToString() => Code is null ? Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Status} {Code}";
}

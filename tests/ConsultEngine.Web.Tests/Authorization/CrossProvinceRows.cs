namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>
/// The cross-province rows, generated from <see cref="ApiAccessTable"/> and <see cref="PageAccessTable"/> so
/// that an endpoint or page added there is checked here too: every staff row whose address names a
/// consultation (<c>{instanceId}</c>, <c>{instance}</c>) or a definition (<c>{definitionId}</c>, the designer's
/// <c>{Id}</c>), or a staff account (<c>{userName}</c>), with the sample pointed at a real one. The portal's rows
/// (anyone) are not tenant-scoped. The lists (<c>GET /api/users</c>, <c>GET /api/assignments</c>) name nothing in
/// their address: <c>ProvinceListsTests</c> checks what they list.
/// </summary>
internal static class CrossProvinceRows
{
    /// <summary>The API tables' sample of a consultation that does not exist.</summary>
    public const string NoInstance = "00000000-0000-7000-8000-000000000001";

    /// <summary>The definition owned by Đà Nẵng (48) by its id.</summary>
    public const string ProvinceDefinition = "hdnd.da-nang";

    public static IEnumerable<ApiAccessRow> ConsultationApiRows() =>
        ApiAccessTable.Rows.Where(r => r.Allowed is not null && r.Route.Contains("{instanceId}", StringComparison.Ordinal));

    public static IEnumerable<ApiAccessRow> DefinitionApiRows() =>
        ApiAccessTable.Rows.Where(r => r.Allowed is not null && r.Route.Contains("{definitionId}", StringComparison.Ordinal));

    /// <summary>The API tables' sample of an account that does not exist.</summary>
    public const string NoUser = "no-such-user";

    public static IEnumerable<ApiAccessRow> UserApiRows() =>
        ApiAccessTable.Rows.Where(r => r.Allowed is not null && r.Route.Contains("{userName}", StringComparison.Ordinal));

    /// <summary>The row's sample path naming <paramref name="userName"/> instead of an account that does not exist.</summary>
    public static string WithUser(string samplePath, string userName) =>
        samplePath.Replace($"/{NoUser}/", $"/{userName}/", StringComparison.Ordinal);

    public static IEnumerable<PageAccessRow> ConsultationPageRows() =>
        PageAccessTable.Rows.Where(r => r.Allowed is not null && r.SamplePath.Contains("{instance}", StringComparison.Ordinal));

    public static IEnumerable<PageAccessRow> DefinitionPageRows() =>
        PageAccessTable.Rows.Where(r => r.Allowed is not null && r.Route.StartsWith("/designer/{Id}", StringComparison.Ordinal));

    /// <summary>The row's sample path with its consultation (the first id in it: the one the route names) replaced by <paramref name="instance"/>.</summary>
    public static string WithInstance(string samplePath, Guid instance)
    {
        var at = samplePath.IndexOf(NoInstance, StringComparison.Ordinal);
        return at < 0 ? samplePath : string.Concat(samplePath.AsSpan(0, at), instance.ToString(), samplePath.AsSpan(at + NoInstance.Length));
    }

    /// <summary>The row's sample path naming <see cref="ProvinceDefinition"/> instead of the definition it names.</summary>
    public static string WithProvinceDefinition(string samplePath) =>
        samplePath.Replace("no-such-definition", ProvinceDefinition, StringComparison.Ordinal)
            .Replace("/designer/hdnd.standard/", $"/designer/{ProvinceDefinition}/", StringComparison.Ordinal);
}

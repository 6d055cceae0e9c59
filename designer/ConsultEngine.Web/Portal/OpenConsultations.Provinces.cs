using ConsultEngine.Web.Tenancy;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The public list by province: every consultation carries its province's code (<see cref="OpenConsultation.ProvinceCode"/>),
/// and the portal and its API may keep one province's only. The portal is national: it lists every province
/// unless asked for one, whoever is signed in.
/// </summary>
internal sealed partial class OpenConsultations
{
    /// <summary>The public consultations of <paramref name="province"/> (an official code), or of every province when it is null.</summary>
    public async Task<IReadOnlyList<OpenConsultation>> ListAsync(string? province, ProvinceAccess provinces, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        var codes = new Dictionary<Guid, string>();
        foreach (var instance in await queries.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            codes[instance.Id] = provinces.ProvinceOf(instance.VariablesJson);
        }

        return [.. (await ListAsync(cancellationToken).ConfigureAwait(false))
            .Select(c => c with { ProvinceCode = codes.GetValueOrDefault(c.InstanceId, provinces.DefaultProvince) })
            .Where(c => province is null || c.ProvinceCode == province)];
    }
}

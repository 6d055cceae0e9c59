namespace ConsultEngine.Persistence.Administrative;

/// <summary>The communes, wards and special zones each province imported, for pick-lists, choice lists and analysis by commune.</summary>
public interface ICommuneStore
{
    /// <summary>
    /// Replaces the list of the province with code <paramref name="provinceCode"/> (one of the 34) by
    /// <paramref name="communes"/>, in one transaction; returns how many were stored. Refused with
    /// <see cref="CommuneImportException"/> (CE8206 for an unknown province), storing nothing.
    /// </summary>
    Task<int> ImportAsync(string provinceCode, IReadOnlyList<Commune> communes, CancellationToken cancellationToken = default);

    /// <summary>The province's communes in the order they were imported; empty when it imported none. CE8206 for an unknown province.</summary>
    Task<IReadOnlyList<Commune>> ListAsync(string provinceCode, CancellationToken cancellationToken = default);
}

namespace ConsultEngine.Hosting.Notifications;

/// <summary>
/// Who works a role of a definition, as email addresses: the staff a notify step or an escalation
/// tells. The engine knows no user accounts; the host that has them (the web host's Identity)
/// implements it. The default knows nobody.
/// </summary>
public interface IStaffDirectory
{
    /// <summary>The addresses of the active staff who work steps of <paramref name="definitionRole"/> (a role id of a definition).</summary>
    Task<IReadOnlyList<string>> EmailsForRoleAsync(string definitionRole, CancellationToken cancellationToken = default);
}

/// <summary>The directory of a host without user accounts.</summary>
internal sealed class NoStaffDirectory : IStaffDirectory
{
    public Task<IReadOnlyList<string>> EmailsForRoleAsync(string definitionRole, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}

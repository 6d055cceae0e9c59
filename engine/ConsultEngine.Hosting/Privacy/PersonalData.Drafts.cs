using ConsultEngine.Persistence.Privacy;

namespace ConsultEngine.Hosting.Privacy;

internal sealed partial class PersonalData
{
    public DeletionCodeDraft DraftDeletionCode(Guid instanceId, string stepId, string? identifier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stepId);
        var code = NewCode();
        var codeHash = hasher.Hash(CodePurpose, code);
        var identifierHash = string.IsNullOrWhiteSpace(identifier) ? null : hasher.Hash(IdentifierPurpose, identifier);
        return new DeletionCodeDraft(code, inputIds => new DeletionCode(
            codeHash, instanceId, stepId, inputIds, identifierHash ?? hasher.Hash(IdentifierPurpose, inputIds[0].ToString()), clock.GetUtcNow()));
    }
}

using ConsultEngine.Hosting.Codebooks;

namespace ConsultEngine.Reporting.Analysis;

/// <summary>Reads the codebook for the consultation-wide analysis: nothing when the host keeps none or it has no theme yet.</summary>
internal static class CodebookReading
{
    public static async Task<CodebookAnalysis?> ReadAsync(IConsultationCodebook? codebook, Guid instanceId, CancellationToken cancellationToken)
    {
        if (codebook is null || (await codebook.CodebookAsync(instanceId, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return null;
        }

        return new CodebookAnalysis(
            await codebook.ThemesAsync(instanceId, 2, cancellationToken).ConfigureAwait(false),
            await codebook.AgreementAsync(instanceId, cancellationToken).ConfigureAwait(false));
    }
}

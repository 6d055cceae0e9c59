using Snapshooter.Xunit;

namespace ConsultEngine.Definitions.Tests.Corpus;

/// <summary>
/// Every diagnostic of the corpus, placed: a change of code, severity, pointer, line or column
/// shows as a reviewable diff of <c>__snapshots__/</c>. Messages and machine paths are left out.
/// </summary>
public sealed class CorpusSnapshotTests
{
    [Fact]
    public void CorpusDiagnostics_MatchTheSnapshot()
    {
        var validator = CorpusFiles.CreateValidator();

        var diagnostics = CorpusFiles.Names()
            .SelectMany(file => validator.ValidateFile(CorpusFiles.PathOf(file)).Diagnostics.Select(d => new
            {
                file,
                code = d.Code,
                severity = d.Severity.ToString().ToLowerInvariant(),
                path = d.Path,
                line = d.Line,
                column = d.Column,
            }))
            .ToList();

        Snapshot.Match(diagnostics);
    }
}

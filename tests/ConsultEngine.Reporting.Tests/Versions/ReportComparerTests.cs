using ConsultEngine.Reporting.Versions;

namespace ConsultEngine.Reporting.Tests.Versions;

/// <summary>Two outlines compared: paragraphs added, removed and rewritten; figures matched by row and column; the data basis.</summary>
public sealed class ReportComparerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ParagraphDiff_PairsARewrittenParagraph_AndKeepsAddedAndRemovedApart()
    {
        var (added, removed, changed) = ParagraphDiff.Compare(["a", "b", "c", "d"], ["a", "B", "c", "e", "f"]);

        Assert.Equal([new ParagraphChange("b", "B"), new ParagraphChange("d", "e")], changed);
        Assert.Equal(["f"], added);
        Assert.Empty(removed);
    }

    [Fact]
    public void ParagraphDiff_OfEqualLists_FindsNothing()
    {
        var (added, removed, changed) = ParagraphDiff.Compare(["a", "b"], ["a", "b"]);

        Assert.Empty(added);
        Assert.Empty(removed);
        Assert.Empty(changed);
    }

    [Fact]
    public void Compare_ReportsAChangedFigure_ByRowAndColumn_OldToNew()
    {
        var old = Outline(Section("findings", ["Kết quả khảo sát."], Table("Bảng 1", ["Phương án", "Số ý kiến"], ["Đồng ý", "120"], ["Không đồng ý", "30"])));
        var @new = Outline(Section("findings", ["Kết quả khảo sát."], Table("Bảng 1", ["Phương án", "Số ý kiến"], ["Đồng ý", "135"], ["Không đồng ý", "30"], ["Ý kiến khác", "4"])));

        var comparison = ReportComparer.Compare(1, 2, "report", old, @new, Basis(10), Basis(12));

        var section = Assert.Single(comparison.Sections);
        Assert.Equal(ChangeKind.Changed, section.Change);
        var table = Assert.Single(section.Tables);
        Assert.Equal([new FigureChange("Đồng ý", "Số ý kiến", "120", "135"), new FigureChange("Ý kiến khác", "", null, "4")], table.Figures);
    }

    [Fact]
    public void Compare_ListsSectionsAddedRemovedAndUnchanged_ById()
    {
        var old = Outline(Section("intro", ["Mở đầu."]), Section("old-only", ["Bỏ đi."]));
        var @new = Outline(Section("intro", ["Mở đầu."]), Section("new-only", ["Thêm vào."]));

        var comparison = ReportComparer.Compare(1, 2, "report", old, @new, Basis(10), Basis(10));

        Assert.Equal(
            [("intro", ChangeKind.Unchanged), ("new-only", ChangeKind.Added), ("old-only", ChangeKind.Removed)],
            comparison.Sections.Select(s => (s.Id, s.Change)));
        Assert.Equal(["Thêm vào."], comparison.Sections[1].AddedParagraphs);
    }

    [Fact]
    public void Compare_ListsTheDataBasisFiguresThatDiffer_AndAlwaysTheAnalysisTime()
    {
        var comparison = ReportComparer.Compare(1, 2, "report", Outline(), Outline(), Basis(10), Basis(12) with { AnalysedAt = Monday.AddDays(1) });

        Assert.Equal(
            ["opinions", "steps/run-survey/opinions", "analysedAt"],
            comparison.Basis.Select(b => b.Item));
        Assert.Equal(new BasisChange("opinions", "10", "12"), comparison.Basis[0]);
    }

    private static ReportOutline Outline(params OutlineSection[] sections) => new(sections);

    private static OutlineSection Section(string id, string[] paragraphs, params OutlineTable[] tables) => new(id, "I", id, 1, paragraphs, tables);

    private static OutlineTable Table(string title, string[] headers, params string[][] rows) => new(title, headers, rows);

    private static ReportDataBasis Basis(int opinions) => new()
    {
        DefinitionId = "hdnd.standard",
        DefinitionVersion = 2,
        AnalysedAt = Monday,
        People = 8,
        Opinions = opinions,
        InputsStored = 20,
        Steps = [new StepBasis("run-survey", "survey", 8, opinions)],
    };
}

using ConsultEngine.Abstractions;
using ConsultEngine.Reporting.Analysis;

namespace ConsultEngine.Web.StaffConsole.Prefill;

/// <summary>
/// The sentences a proposal draws from the analyses: participation with people and opinions apart, the
/// leading answer of each choice question with its 95% interval (Wilson), each mean with its Student-t
/// interval, the χ² test of each cross-tab with its strength and small-cell warning, the themes most
/// raised, and the agreement between coders with its Landis–Koch reading. Each sentence stands alone, so
/// the Working Group can keep, edit or drop it.
/// </summary>
internal sealed class AnalysisFindings(PrefillWords words, Func<string, string> stepTitle)
{
    private const double Significance = 0.05;
    private const int ThemesNamed = 5;

    public string Participation(ConsultationAnalysis analysis) => words.T(
        $"Tổng cộng {words.Count(analysis.Total.People)} người tham gia, đóng góp {words.Count(analysis.Total.Opinions)} ý kiến qua {words.Count(analysis.BySteps.Count)} công cụ (người và ý kiến được đếm riêng: một người góp nhiều ý kiến được tính là một người).",
        $"In all, {words.Count(analysis.Total.People)} people took part and gave {words.Count(analysis.Total.Opinions)} opinions through {words.Count(analysis.BySteps.Count)} tools (people and opinions counted apart: one person with several opinions is one person).");

    public string Step(StepParticipation step) => words.T(
        $"{stepTitle(step.StepId)}: {words.Count(step.People)} người, {words.Count(step.Opinions)} ý kiến.",
        $"{stepTitle(step.StepId)}: {words.Count(step.People)} people, {words.Count(step.Opinions)} opinions.");

    public string? Channels(ConsultationAnalysis analysis)
    {
        var used = analysis.ByChannel.Where(c => c.Value.Opinions > 0).ToList();
        return used.Count == 0 ? null : words.T("Theo kênh: ", "By channel: ") + string.Join("; ", used.Select(c =>
            words.T($"{words.Channel(c.Key)} {words.Count(c.Value.People)} người, {words.Count(c.Value.Opinions)} ý kiến", $"{words.Channel(c.Key)} {words.Count(c.Value.People)} people, {words.Count(c.Value.Opinions)} opinions"))) + ".";
    }

    public string Leading(ToolAnalysis tool, QuestionResult question, OptionShare option) => words.T(
        $"{Subject(tool, question)}: “{words.Text(option.Label, option.Value)}” chiếm {words.Percent(option.Share)} (khoảng tin cậy 95%: {words.Range(option.Ci95)}; {words.Count(question.Answered)} người trả lời).",
        $"{Subject(tool, question)}: “{words.Text(option.Label, option.Value)}” {words.Percent(option.Share)} (95% interval {words.Range(option.Ci95)}; {words.Count(question.Answered)} answered).");

    public string Mean(ToolAnalysis tool, QuestionResult question, NumericSummary numeric) => words.T(
        $"{Subject(tool, question)}: trung bình {words.Number(numeric.Mean)} (khoảng tin cậy 95% theo phân phối Student t: {words.NumberRange(numeric.Ci95)}; n = {words.Count(numeric.Count)}).",
        $"{Subject(tool, question)}: mean {words.Number(numeric.Mean)} (95% Student-t interval {words.NumberRange(numeric.Ci95)}; n = {words.Count(numeric.Count)}).");

    public string ChiSquare(ToolAnalysis tool, CrossTab table, ChiSquareResult test)
    {
        var question = tool.Questions.FirstOrDefault(q => q.Id == table.QuestionId);
        var subject = question is null ? table.QuestionId : Subject(tool, question);
        var figures = $"χ² = {words.Fixed(test.Statistic, 2)}, df = {test.DegreesOfFreedom}, p {words.P(test.PValue)}, Cramér's V = {words.Fixed(test.CramersV, 2)}, n = {words.Count(test.Total)}";
        var reading = test.PValue < Significance
            ? words.T($"có khác biệt có ý nghĩa thống kê theo {words.Attribute(table.Attribute)}", $"differs significantly by {words.Attribute(table.Attribute)}")
            : words.T($"không có khác biệt có ý nghĩa thống kê theo {words.Attribute(table.Attribute)}", $"does not differ significantly by {words.Attribute(table.Attribute)}");
        var sentence = words.T($"{subject} {reading} ({figures}).", $"{subject} {reading} ({figures}).");
        return test.SmallCellWarning ? sentence + " " + SmallCells(test) : sentence;
    }

    /// <summary>
    /// Whether the χ² approximation can be read at all (Cochran: at most 20% of the cells expect fewer
    /// than 5 and none fewer than 1); a table that fails is no finding, only a limitation.
    /// </summary>
    public static bool Reliable(ChiSquareResult test) => test.SmallExpectedShare <= 0.2 && test.MinExpected >= 1;

    public string Unreliable(ToolAnalysis tool, CrossTab table, ChiSquareResult test)
    {
        var question = tool.Questions.FirstOrDefault(q => q.Id == table.QuestionId);
        var subject = question is null ? table.QuestionId : Subject(tool, question);
        return words.T(
            $"{subject} theo {words.Attribute(table.Attribute)}: kiểm định χ² không đáng tin cậy vì {test.SmallExpectedCells}/{test.Cells} ô có tần số kỳ vọng dưới 5 (nhỏ nhất {words.Fixed(test.MinExpected, 2)}); cần gộp nhóm trước khi kết luận (p {words.P(test.PValue)}).",
            $"{subject} by {words.Attribute(table.Attribute)}: the χ² test cannot be relied on, {test.SmallExpectedCells} of {test.Cells} cells expect fewer than 5 (smallest {words.Fixed(test.MinExpected, 2)}); merge categories before drawing a conclusion (p {words.P(test.PValue)}).");
    }

    public string SmallCells(ChiSquareResult test) => words.T(
        $"Lưu ý: {test.SmallExpectedCells}/{test.Cells} ô có tần số kỳ vọng dưới 5 (nhỏ nhất {words.Fixed(test.MinExpected, 2)}), giá trị p chỉ là xấp xỉ.",
        $"Caution: {test.SmallExpectedCells} of {test.Cells} cells expect fewer than 5 (smallest {words.Fixed(test.MinExpected, 2)}); the p-value is approximate.");

    public string? Themes(IReadOnlyList<(string Theme, int Mentions)> themes) => themes.Count == 0 ? null : words.T(
        "Chủ đề được nêu nhiều nhất: ", "Themes raised most: ") + string.Join(", ", themes.Take(ThemesNamed).Select(t => $"{t.Theme} ({words.Count(t.Mentions)})")) + ".";

    public string Agreement(ToolAnalysis tool, CoderAgreementResult agreement) => words.T(
        $"Độ thống nhất giữa hai người mã hóa ({stepTitle(tool.StepId)}): kappa chung {Kappa(agreement.Overall)} trên {words.Count(agreement.Passages)} đoạn được so sánh; {words.Count(agreement.Disagreements.Count)} điểm bất đồng cần Nhóm công tác thống nhất.",
        $"Agreement between the two coders ({stepTitle(tool.StepId)}): overall kappa {Kappa(agreement.Overall)} over {words.Count(agreement.Passages)} passages compared; {words.Count(agreement.Disagreements.Count)} disagreements for the Working Group to settle.");

    public string Kappa(KappaResult kappa) => kappa.Kappa is { } value && kappa.Reading is { } reading
        ? $"κ = {words.Fixed(value, 2)} ({words.Text(reading.Label(), reading.Code())})"
        : words.T("không xác định", "undefined");

    private string Subject(ToolAnalysis tool, QuestionResult question) => $"{stepTitle(tool.StepId)} — {words.Text(question.Title, question.Id)}";
}

using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Applications;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class ReportChecksTests
{
    private static readonly ReportTemplate Template = ReportTemplates.V2021;

    private static CellKey A(string row, string column) => new("applications", row, column);

    private static CellKey Appeal(string column) => new("appeals", "cases", column);

    /// <summary>A balanced report: 5 new + 3 carried over = 6 closed + 2 carried forward.</summary>
    private static Dictionary<CellKey, decimal> Balanced()
    {
        var tally = new ApplicationsTally(2023, Template);
        var d = new DateOnly(2023, 3, 1);
        tally.Add(new(d, d.AddDays(5), "granted", ApplicantKind.NaturalPerson, 3));
        tally.Add(new(d, null, null, ApplicantKind.NaturalPerson, 1));
        tally.Add(new(d, d.AddDays(9), "unable.notHeld", ApplicantKind.Commercial, 1));
        tally.Add(new(new DateOnly(2022, 12, 1), d, "denied.processInfo", ApplicantKind.Legal, 2));
        tally.Add(new(new DateOnly(2022, 12, 1), null, null, ApplicantKind.Legal, 1));
        var cells = new Dictionary<CellKey, decimal>();
        tally.WriteTo(cells);
        var appeals = new AppealsTally(2023);
        appeals.Add(new(AppealKind.Reconsideration, d, d.AddDays(30), AppealResult.Upheld));
        appeals.WriteTo(cells);
        return cells;
    }

    private static CheckResult Run(string code, IReadOnlyDictionary<CellKey, decimal> cells, Dictionary<string, string>? text = null) =>
        ReportChecks.Run(Template, cells, text).Single(r => r.Code == code);

    private static void AssertOnlyFailing(IReadOnlyDictionary<CellKey, decimal> cells, string code, Dictionary<string, string>? text = null)
    {
        foreach (var result in ReportChecks.Run(Template, cells, text))
        {
            Assert.True(result.Passed == (result.Code != code), $"{result.Code}: {string.Join(" ", result.Failures.Select(f => f.Message))}");
        }
    }

    [Fact]
    public void A_table_computed_from_cases_passes_every_check() =>
        Assert.All(ReportChecks.Run(Template, Balanced()), r => Assert.True(r.Passed, r.Code));

    [Fact]
    public void Received_plus_carried_over_must_equal_closed_plus_carried_forward_in_each_column()
    {
        var cells = Balanced();
        // One more granted case in 自然人, with both totals kept consistent: only the balance breaks.
        cells[A("granted", "naturalPerson")] += 1;
        cells[A("granted", "total")] += 1;
        cells[A("total", "naturalPerson")] += 1;
        cells[A("total", "total")] += 1;
        AssertOnlyFailing(cells, ReportChecks.Balance);
        var failures = Run(ReportChecks.Balance, cells).Failures;
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.Cells.Contains(A("newReceived", "naturalPerson")) && f.Message.Contains("自然人", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Cells.Contains(A("carriedForward", "total")));
    }

    [Fact]
    public void The_total_column_must_be_the_sum_of_the_applicant_kinds()
    {
        var cells = Balanced();
        // 总计 column says one more new and one more carried forward than the kinds add up to.
        cells[A("newReceived", "total")] += 1;
        cells[A("carriedForward", "total")] += 1;
        AssertOnlyFailing(cells, ReportChecks.ApplicantTotal);
        var failures = Run(ReportChecks.ApplicantTotal, cells).Failures;
        Assert.Equal([A("newReceived", "total"), A("carriedForward", "total")], failures.Select(f => f.Cells[0]));
    }

    [Fact]
    public void The_grand_total_row_must_be_the_sum_of_all_outcome_rows()
    {
        var cells = Balanced();
        // （七）总计 claims one more closed case, 四 one fewer: the balance and row totals still hold.
        foreach (var column in new[] { "commercial", "total" })
        {
            cells[A("total", column)] += 1;
            cells[A("carriedForward", column)] -= 1;
        }

        AssertOnlyFailing(cells, ReportChecks.OutcomeTotal);
        var failures = Run(ReportChecks.OutcomeTotal, cells).Failures;
        Assert.Equal([A("total", "commercial"), A("total", "total")], failures.Select(f => f.Cells[0]));
        Assert.Contains(A("unable.notHeld", "commercial"), failures[0].Cells);
    }

    [Theory]
    [InlineData("reconsideration")]
    [InlineData("directSuit")]
    [InlineData("suitAfterReconsideration")]
    public void Each_appeal_group_total_must_be_the_sum_of_its_four_results(string group)
    {
        var cells = Balanced();
        cells[Appeal(group + ".pending")] += 2;
        AssertOnlyFailing(cells, ReportChecks.AppealTotals);
        var failure = Assert.Single(Run(ReportChecks.AppealTotals, cells).Failures);
        Assert.Equal(Appeal(group + ".total"), failure.Cells[0]);
        Assert.Contains(Appeal(group + ".pending"), failure.Cells);
    }

    [Fact]
    public void Numbers_quoted_in_the_narrative_must_match_the_tables()
    {
        var cells = Balanced();
        var good = new Dictionary<string, string>
        {
            ["overview"] = "本年度共收到政府信息公开申请5件，上年结转申请3件，办结申请6件，其中予以公开3件；结转下年度继续办理3件。",
            ["otherMatters"] = "本年度发生政府信息公开行政复议1件，行政诉讼0件。",
        };
        AssertOnlyFailing(cells, ReportChecks.Narrative, good);
        var failure = Assert.Single(Run(ReportChecks.Narrative, cells, good).Failures);
        Assert.Equal("overview", failure.Section);
        Assert.Equal([A("carriedForward", "total")], failure.Cells);
        Assert.Contains("结转下年度继续办理3件", failure.Message, StringComparison.Ordinal);

        good["overview"] = "本年度共收到政府信息公开申请5件，上年结转申请3件，办结申请6件，其中予以公开3件；结转下年度继续办理2件。";
        Assert.All(ReportChecks.Run(Template, cells, good), r => Assert.True(r.Passed, r.Code));
    }

    [Fact]
    public void A_wrong_received_count_in_the_text_fails_even_when_the_tables_add_up()
    {
        var text = new Dictionary<string, string> { ["overview"] = "全年共收到申请12件。" };
        var failure = Assert.Single(Run(ReportChecks.Narrative, Balanced(), text).Failures);
        Assert.Equal([A("newReceived", "total")], failure.Cells);
    }

    [Fact]
    public void The_2019_template_counts_its_single_other_row_in_the_grand_total()
    {
        var cells = new Dictionary<CellKey, decimal>
        {
            [A("newReceived", "naturalPerson")] = 1,
            [A("newReceived", "total")] = 1,
            [A("other", "naturalPerson")] = 1,
            [A("other", "total")] = 1,
            [A("total", "naturalPerson")] = 1,
            [A("total", "total")] = 1,
        };
        Assert.All(ReportChecks.Run(ReportTemplates.V2019, cells), r => Assert.True(r.Passed, r.Code));
        cells[A("other", "naturalPerson")] = 0;
        cells[A("other", "total")] = 0;
        Assert.False(ReportChecks.Run(ReportTemplates.V2019, cells).Single(r => r.Code == ReportChecks.OutcomeTotal).Passed);
    }
}

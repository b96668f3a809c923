using Gongkai.Domain.TaskDivision;

namespace Gongkai.Domain.Tests.TaskDivision;

public class AssessmentTests
{
    private static readonly AssessmentWeights Weights = new(60, 25, 15);

    [Fact]
    public void Each_criterion_earns_its_points_in_proportion()
    {
        var score = AssessmentScorer.Score(Weights, new OrganTaskFacts(Measures: 4, DoneOnTime: 3, ReportsOwed: 5, ReportsOwedFiled: 4, Reports: 6, ReportsWithEvidence: 3));

        Assert.Equal((45m, 20m, 7.5m, 72.5m), (score.DoneOnTime, score.ReportsFiled, score.Evidence, score.Total));
    }

    [Fact]
    public void Nothing_owed_yet_is_not_marked_down_but_no_report_earns_no_evidence_points()
    {
        var score = AssessmentScorer.Score(Weights, new OrganTaskFacts(0, 0, 0, 0, 0, 0));

        Assert.Equal((60m, 25m, 0m), (score.DoneOnTime, score.ReportsFiled, score.Evidence));
    }

    [Fact]
    public void Negative_or_empty_weights_are_refused()
    {
        Assert.NotNull(new AssessmentWeights(-1, 50, 50).Check());
        Assert.NotNull(new AssessmentWeights(0, 0, 0).Check());
        Assert.Null(Weights.Check());
    }

    [Fact]
    public void A_monthly_duty_owes_one_report_per_ended_month()
    {
        var owed = ReportSlots.Owed(RecurrencePeriod.Month, 2020, new DateOnly(2020, 4, 15));

        Assert.Equal(["2020年1月", "2020年2月", "2020年3月"], owed.Select(s => s.Label));
        Assert.Equal(new DateOnly(2020, 2, 29), owed[1].End);
        Assert.Equal(4, ReportSlots.For(RecurrencePeriod.Quarter, 2020).Count);
        Assert.Equal("2020年第四季度", ReportSlots.For(RecurrencePeriod.Quarter, 2020)[3].Label);
    }
}

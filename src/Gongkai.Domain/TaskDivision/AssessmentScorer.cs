namespace Gongkai.Domain.TaskDivision;

/// <summary>Scores an organ: each criterion earns its points in proportion to the share achieved
/// (done on time / measures, reports filed / reports owed, reports with evidence / reports). A
/// criterion with nothing to measure (no measure, nothing owed yet) earns full points: an organ is
/// not marked down for what was not yet asked of it. Evidence with no report at all earns nothing.</summary>
public static class AssessmentScorer
{
    public static AssessmentScore Score(AssessmentWeights weights, OrganTaskFacts facts) => new(
        Share(weights.DoneOnTime, facts.DoneOnTime, facts.Measures),
        Share(weights.ReportsFiled, facts.ReportsOwedFiled, facts.ReportsOwed),
        facts.Reports == 0 ? 0 : Share(weights.Evidence, facts.ReportsWithEvidence, facts.Reports));

    private static decimal Share(decimal points, int achieved, int of) =>
        of == 0 ? points : Math.Round(points * Math.Min(achieved, of) / of, 2, MidpointRounding.AwayFromZero);
}

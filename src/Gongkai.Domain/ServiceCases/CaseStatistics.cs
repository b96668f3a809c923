namespace Gongkai.Domain.ServiceCases;

/// <summary>The public figures of one organ's item: cases accepted, finished on time, finished
/// overdue, still open (and how many of those are past the promised day), and the average number of
/// calendar days from 受理 to 办结 over the finished ones.</summary>
public sealed record CaseStatisticsRow(int OrganizationId, string ItemCode, string ItemName, int Total, int OnTime, int Overdue, int Open, int OpenOverdue, double? AverageDays);

public sealed record CaseFacts(int OrganizationId, string ItemCode, string ItemName, DateOnly AcceptedOn, DateOnly PromisedOn, DateOnly? FinishedOn);

public static class CaseStatistics
{
    public static List<CaseStatisticsRow> Of(IEnumerable<CaseFacts> cases, DateOnly today) =>
        cases.GroupBy(c => (c.OrganizationId, c.ItemCode))
            .Select(g =>
            {
                var kinds = g.Select(c => CaseTimelinessRules.Of(c.PromisedOn, c.FinishedOn, today)).ToList();
                var finished = g.Where(c => c.FinishedOn is not null).Select(c => c.FinishedOn!.Value.DayNumber - c.AcceptedOn.DayNumber).ToList();
                return new CaseStatisticsRow(g.Key.OrganizationId, g.Key.ItemCode, g.OrderByDescending(c => c.AcceptedOn).First().ItemName, g.Count(),
                    kinds.Count(k => k == CaseTimeliness.OnTime), kinds.Count(k => k == CaseTimeliness.Overdue),
                    kinds.Count(k => k is CaseTimeliness.Open or CaseTimeliness.OpenOverdue), kinds.Count(k => k == CaseTimeliness.OpenOverdue),
                    finished.Count == 0 ? null : Math.Round(finished.Average(), 1));
            })
            .OrderBy(r => r.OrganizationId).ThenBy(r => r.ItemCode, StringComparer.Ordinal)
            .ToList();
}

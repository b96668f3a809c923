using Gongkai.Domain.Mailbox;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>A count of letters with a label (a type, an organ, a topic, a day or a month).</summary>
public sealed record AnalysisCount(string Label, int Received, int Replied, int Overdue);

/// <summary>每月汇总分析 for a period (a month or a year) of receipt dates, judged on <see cref="AsOf"/>.</summary>
public sealed record LetterAnalysis(
    string Period,
    DateOnly From,
    DateOnly To,
    DateOnly AsOf,
    int Received,
    int Replied,
    int OnTime,
    int Overdue,
    int Published,
    int NotConsented,
    IReadOnlyList<AnalysisCount> ByType,
    IReadOnlyList<AnalysisCount> ByOrgan,
    IReadOnlyList<AnalysisCount> ByTopic,
    IReadOnlyList<AnalysisCount> Timeline,
    IReadOnlyList<HotTopic> HotTopics);

/// <summary>Computes the analysis from the letters received in the period: each figure is a count of
/// those letters, grouped in the database over the analysis index. “Overdue” is a letter replied after
/// its deadline or still unanswered after it on the day judged; “on time” one replied by its deadline.</summary>
public sealed class MailboxAnalysis(GongkaiDbContext db)
{
    public const string DistrictOfficeLabel = "区政府办公室（区长信箱）";

    public static (DateOnly From, DateOnly To) MonthRange(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public async Task<LetterAnalysis> ComputeAsync(string period, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct)
    {
        var letters = db.Set<MailboxLetter>().AsNoTracking().Where(l => l.ReceivedOn >= from && l.ReceivedOn <= to);
        var byType = await letters.GroupBy(l => l.Type).Select(g => new
        {
            g.Key,
            Received = g.Count(),
            Replied = g.Sum(l => l.RepliedOn != null ? 1 : 0),
            OnTime = g.Sum(l => l.RepliedOn != null && l.RepliedOn <= l.ReplyBy ? 1 : 0),
            Overdue = g.Sum(l => (l.RepliedOn != null && l.RepliedOn > l.ReplyBy) || (l.RepliedOn == null && l.ReplyBy < asOf) ? 1 : 0),
            Published = g.Sum(l => l.PublishedAt != null ? 1 : 0),
        }).ToListAsync(ct);
        var byOrgan = await letters.GroupBy(l => l.RepliedByOrganizationId ?? l.HandlingOrganizationId).Select(g => new
        {
            g.Key,
            Received = g.Count(),
            Replied = g.Sum(l => l.RepliedOn != null ? 1 : 0),
            Overdue = g.Sum(l => (l.RepliedOn != null && l.RepliedOn > l.ReplyBy) || (l.RepliedOn == null && l.ReplyBy < asOf) ? 1 : 0),
        }).ToListAsync(ct);
        var byTopic = await letters.GroupBy(l => l.Topic).Select(g => new
        {
            g.Key,
            Received = g.Count(),
            Replied = g.Sum(l => l.RepliedOn != null ? 1 : 0),
            Overdue = g.Sum(l => (l.RepliedOn != null && l.RepliedOn > l.ReplyBy) || (l.RepliedOn == null && l.ReplyBy < asOf) ? 1 : 0),
        }).ToListAsync(ct);
        var byDay = await letters.GroupBy(l => l.ReceivedOn).Select(g => new
        {
            g.Key,
            Received = g.Count(),
            Replied = g.Sum(l => l.RepliedOn != null ? 1 : 0),
            Overdue = g.Sum(l => (l.RepliedOn != null && l.RepliedOn > l.ReplyBy) || (l.RepliedOn == null && l.ReplyBy < asOf) ? 1 : 0),
        }).ToListAsync(ct);
        var consented = await letters.CountAsync(l => l.PublishConsent, ct);
        // Grouped in the database: a subject written by many (a campaign, a repeated complaint) comes back once, with its count.
        var subjects = await letters.GroupBy(l => l.Subject).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var organIds = byOrgan.Where(o => o.Key != null).Select(o => o.Key!.Value).ToList();
        var names = await db.Set<Organization>().AsNoTracking().Where(o => organIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        // A month's line is by day; a longer period's by month.
        var monthly = to.DayNumber - from.DayNumber > 31;
        var timeline = new List<AnalysisCount>();
        if (monthly)
        {
            for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
            {
                var days = byDay.Where(d => d.Key.Year == m.Year && d.Key.Month == m.Month).ToList();
                timeline.Add(new AnalysisCount($"{m.Month}月", days.Sum(d => d.Received), days.Sum(d => d.Replied), days.Sum(d => d.Overdue)));
            }
        }
        else
        {
            for (var d = from; d <= to; d = d.AddDays(1))
            {
                var day = byDay.FirstOrDefault(x => x.Key == d);
                timeline.Add(new AnalysisCount($"{d.Day}日", day?.Received ?? 0, day?.Replied ?? 0, day?.Overdue ?? 0));
            }
        }

        return new LetterAnalysis(period, from, to, asOf,
            byType.Sum(t => t.Received), byType.Sum(t => t.Replied), byType.Sum(t => t.OnTime), byType.Sum(t => t.Overdue), byType.Sum(t => t.Published),
            byType.Sum(t => t.Received) - consented,
            LetterTypes.All.Select(t => byType.FirstOrDefault(x => x.Key == t) is { } x
                ? new AnalysisCount(LetterTypes.Name(t), x.Received, x.Replied, x.Overdue) : new AnalysisCount(LetterTypes.Name(t), 0, 0, 0)).ToList(),
            byOrgan.Select(o => new AnalysisCount(o.Key is { } id ? names.GetValueOrDefault(id, $"机关{id}") : DistrictOfficeLabel, o.Received, o.Replied, o.Overdue))
                .OrderByDescending(o => o.Received).ThenBy(o => o.Label, StringComparer.Ordinal).ToList(),
            byTopic.Select(t => new AnalysisCount(t.Key ?? "未分类", t.Received, t.Replied, t.Overdue)).OrderByDescending(t => t.Received).ThenBy(t => t.Label, StringComparer.Ordinal).ToList(),
            timeline,
            HotTopics.Top(subjects.Select(s => (s.Key, s.Count))));
    }
}

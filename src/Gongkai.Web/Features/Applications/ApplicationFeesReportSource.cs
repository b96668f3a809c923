using Gongkai.Domain.Applications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.AnnualReports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>The fees part of the annual report (六、其他需要报告的事项, 国办函〔2020〕109号): the fee
/// notices sent in the year with their amounts, and the fees collected, from the cases' events. A
/// <c>feeNoticeSent</c> carries the amount; a <c>feePaid</c> in the year collects the amount of the
/// case's latest notice on or before that day (a notice of December paid in January counts in the
/// year it was paid).</summary>
public sealed class ApplicationFeesReportSource(GongkaiDbContext db) : IAnnualReportSource
{
    public string Name => "依申请公开收费记录";

    public async Task ContributeAsync(AnnualReportQuery query, ReportFigures figures, CancellationToken ct)
    {
        var yearStart = new DateOnly(query.Year, 1, 1);
        var yearEnd = new DateOnly(query.Year, 12, 31);
        var events = db.Set<ApplicationEventRecord>().AsNoTracking().Where(e => (e.Type == ApplicationEventType.FeeNoticeSent || e.Type == ApplicationEventType.FeePaid) && e.On <= yearEnd);
        if (query.OrganizationIds is { } ids)
        {
            var cases = db.Set<DisclosureApplication>().Where(a => ids.Contains(a.OrganizationId)).Select(a => a.Id);
            events = events.Where(e => cases.Contains(e.ApplicationId));
        }

        // Only cases with a payment or a notice up to the year's end: few rows, read in order.
        var rows = await events.OrderBy(e => e.ApplicationId).ThenBy(e => e.On).ThenBy(e => e.Id)
            .Select(e => new { e.ApplicationId, e.Type, e.On, e.Amount }).ToListAsync(ct);
        decimal noticeCount = 0, noticeAmount = 0, paidCount = 0, collected = 0;
        var missingAmount = 0;
        foreach (var caseEvents in rows.GroupBy(e => e.ApplicationId))
        {
            decimal? lastNotice = null;
            foreach (var e in caseEvents)
            {
                if (e.Type == ApplicationEventType.FeeNoticeSent)
                {
                    lastNotice = e.Amount;
                    if (e.On >= yearStart)
                    {
                        noticeCount++;
                        noticeAmount += e.Amount ?? 0m;
                    }
                }
                else if (e.On >= yearStart)
                {
                    paidCount++;
                    collected += lastNotice ?? 0m;
                    missingAmount += lastNotice is null ? 1 : 0;
                }
            }
        }

        figures.AddFact(FeeFacts.NoticeCount, "本年发出信息处理费收费通知（件）", noticeCount);
        figures.AddFact(FeeFacts.NoticeAmount, "收费通知金额合计（元）", noticeAmount);
        figures.AddFact(FeeFacts.PaidCount, "本年申请人缴费（件）", paidCount);
        figures.AddFact(FeeFacts.CollectedAmount, "本年实际收取信息处理费（元）", collected);
        if (missingAmount > 0)
        {
            figures.Warnings.Add($"有 {missingAmount} 件缴费记录找不到此前的收费通知金额，未计入实际收取的信息处理费，请核对。");
        }
    }
}

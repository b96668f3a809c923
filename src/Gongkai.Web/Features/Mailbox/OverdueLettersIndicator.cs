using Gongkai.Web.Data;
using Gongkai.Web.Features.Compliance;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>District overview column “信箱逾期”: per organ, letters routed to it that are unanswered
/// past their reply deadline on the day judged, plus those of the year answered late.</summary>
public sealed class OverdueLettersIndicator(GongkaiDbContext db) : IComplianceIndicator
{
    public string Key => "overdueLetters";

    public string Name => "信箱逾期";

    public int Order => 300;

    public async Task<IReadOnlyDictionary<int, ComplianceFinding>> EvaluateAsync(ComplianceQuery query, CancellationToken ct)
    {
        var organs = query.OrganizationIds.ToList();
        var asOf = query.AsOf;
        var yearStart = new DateOnly(query.Year, 1, 1);
        var open = await db.Set<MailboxLetter>().AsNoTracking()
            .Where(l => l.IsOpen && l.HandlingOrganizationId != null && organs.Contains(l.HandlingOrganizationId.Value) && l.ReplyBy < asOf)
            .GroupBy(l => l.HandlingOrganizationId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var late = await db.Set<MailboxLetter>().AsNoTracking()
            .Where(l => l.RepliedByOrganizationId != null && organs.Contains(l.RepliedByOrganizationId.Value) && l.RepliedOn >= yearStart && l.RepliedOn <= asOf && l.RepliedOn > l.ReplyBy)
            .GroupBy(l => l.RepliedByOrganizationId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var result = new Dictionary<int, ComplianceFinding>();
        foreach (var organ in open.Select(o => o.Key).Union(late.Select(l => l.Key)))
        {
            var o = open.FirstOrDefault(x => x.Key == organ)?.Count ?? 0;
            var l = late.FirstOrDefault(x => x.Key == organ)?.Count ?? 0;
            result[organ] = new ComplianceFinding(o + l, o > 0 ? ComplianceLevel.Behind : ComplianceLevel.Warning,
                $"逾期未答复{o}件，本年逾期答复{l}件", $"/admin/mailbox?overdue=true&organization={organ}");
        }

        return result;
    }
}

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
            .CountPerOrganAsync(l => l.HandlingOrganizationId!.Value, ct);
        var late = await db.Set<MailboxLetter>().AsNoTracking()
            .Where(l => l.RepliedByOrganizationId != null && organs.Contains(l.RepliedByOrganizationId.Value) && l.RepliedOn >= yearStart && l.RepliedOn <= asOf && l.RepliedOn > l.ReplyBy)
            .CountPerOrganAsync(l => l.RepliedByOrganizationId!.Value, ct);
        var result = new Dictionary<int, ComplianceFinding>();
        foreach (var organ in open.Keys.Union(late.Keys))
        {
            var (o, l) = (open.GetValueOrDefault(organ), late.GetValueOrDefault(organ));
            result[organ] = new ComplianceFinding(o + l, o > 0 ? ComplianceLevel.Behind : ComplianceLevel.Warning,
                $"逾期未答复{o}件，本年逾期答复{l}件", $"/admin/mailbox?overdue=true&organization={organ}");
        }

        return result;
    }
}

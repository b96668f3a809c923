using Gongkai.Domain.DisclosureGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>The district's guide headings. The district office changes them: a system administrator,
/// or a district-office supervisor (督查), who already acts for the office on district-wide work.</summary>
public sealed class GuideHeadingsService(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, PortalCache cache, TimeProvider clock)
{
    public async Task<GuideHeadingSet> CurrentAsync(CancellationToken ct = default)
    {
        var row = await db.Set<GuideHeadingSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == GuideHeadingSettings.SingletonId, ct);
        return row is null ? GuideHeadingSet.Seed : new GuideHeadingSet(row.Holdings, row.Channels, row.Application, row.Office, row.OtherMatters);
    }

    public async Task<bool> CanEditAsync(CancellationToken ct = default) => staff.IsSystemAdmin || await staff.IsSupervisorAsync(ct);

    /// <summary>Saves the five headings; returns the errors, empty when saved.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(IReadOnlyList<string?> headings, CancellationToken ct = default)
    {
        if (!await CanEditAsync(ct))
        {
            throw new UnauthorizedAccessException("只有区政府办公室（督查）或系统管理员可以修改指南标题。");
        }

        var errors = GuideHeadingSet.Check(headings);
        if (errors.Count > 0)
        {
            return errors;
        }

        var clean = headings.Select(h => h!.Trim()).ToArray();
        var before = await CurrentAsync(ct);
        var row = await db.Set<GuideHeadingSettings>().FirstOrDefaultAsync(s => s.Id == GuideHeadingSettings.SingletonId, ct);
        if (row is null)
        {
            row = new GuideHeadingSettings();
            db.Add(row);
        }

        (row.Holdings, row.Channels, row.Application, row.Office, row.OtherMatters) = (clean[0], clean[1], clean[2], clean[3], clean[4]);
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = staff.User.Identity?.Name ?? "未知用户";
        audit.Record("guide.headingsChanged", targetType: "guideHeadings", targetId: "district", before: before.Plain, after: clean);
        await db.SaveChangesAsync(ct);
        await cache.EvictAllAsync(ct);
        return [];
    }
}

using System.Globalization;
using Gongkai.Domain.Concerns;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Concerns;

/// <summary>The district office raises and ends front-page emergency notices. Only a supervisor
/// (the district office) or the system administrator may; every change is audited and every cached
/// public page refreshed, because the notice sits on all of them.</summary>
public sealed class EmergencyNotices(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, PortalCache cache, EmergencyBanner banner, TimeProvider clock)
{
    public const string TargetType = "emergencyNotice";

    public async Task<bool> MayManageAsync(CancellationToken ct = default) => staff.IsSystemAdmin || await staff.IsSupervisorAsync(ct);

    public Task<List<EmergencyNotice>> ListAsync(CancellationToken ct = default) =>
        db.Set<EmergencyNotice>().AsNoTracking().OrderByDescending(n => n.Id).Take(50).ToListAsync(ct);

    /// <summary>Times are China time as typed; a missing start means now.</summary>
    public async Task<int> RaiseAsync(string? title, string? url, DateTime? startsAt, DateTime? endsAt, CancellationToken ct = default)
    {
        await RequireAsync(ct);
        var t = title?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            throw new Domain.Publications.PublicationRuleException("请填写提示标题。");
        }

        if (t.Length > 200)
        {
            throw new Domain.Publications.PublicationRuleException($"提示标题不能超过 200 字（现为 {t.Length} 字）。");
        }

        var link = url?.Trim();
        if (!string.IsNullOrEmpty(link) && !Shared.LocalUrl.IsLocalOrWeb(link))
        {
            throw new Domain.Publications.PublicationRuleException("链接须为本站路径（以 / 开头）或以 http:// 或 https:// 开头的网址。");
        }

        var start = startsAt is { } s ? new DateTimeOffset(s, Shared.ChinaTime.Offset) : clock.GetUtcNow();
        DateTimeOffset? end = endsAt is { } e ? new DateTimeOffset(e, Shared.ChinaTime.Offset) : null;
        if (EmergencyNoticeWindow.Check(start, end) is { } error)
        {
            throw new Domain.Publications.PublicationRuleException(error);
        }

        var notice = new EmergencyNotice
        {
            Title = t,
            Url = string.IsNullOrEmpty(link) ? null : link,
            StartsAt = start.ToUniversalTime(),
            EndsAt = end?.ToUniversalTime(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = staff.User.Identity?.Name,
        };
        db.Add(notice);
        await db.SaveChangesAsync(ct);
        audit.Record("emergencyNotice.raised", targetType: TargetType, targetId: notice.Id.ToString(CultureInfo.InvariantCulture),
            after: new { notice.Title, notice.Url, startsAt = notice.StartsAt, endsAt = notice.EndsAt });
        await db.SaveChangesAsync(ct);
        await ChangedAsync(ct);
        return notice.Id;
    }

    /// <summary>Ends a notice now (it stays in the list, with its end recorded).</summary>
    public async Task<bool> EndAsync(int id, CancellationToken ct = default)
    {
        await RequireAsync(ct);
        var notice = await db.Set<EmergencyNotice>().FirstOrDefaultAsync(n => n.Id == id, ct);
        var now = clock.GetUtcNow();
        if (notice is null || notice.EndsAt <= now)
        {
            return false;
        }

        var before = notice.EndsAt;
        notice.EndsAt = now < notice.StartsAt ? notice.StartsAt : now;
        audit.Record("emergencyNotice.ended", targetType: TargetType, targetId: notice.Id.ToString(CultureInfo.InvariantCulture),
            before: new { endsAt = before }, after: new { endsAt = notice.EndsAt });
        await db.SaveChangesAsync(ct);
        await ChangedAsync(ct);
        return true;
    }

    private async Task RequireAsync(CancellationToken ct)
    {
        if (!await MayManageAsync(ct))
        {
            throw new PublicationForbiddenException("只有区政府办公室（督查）或系统管理员可以发布首页突发事件提示。");
        }
    }

    private async Task ChangedAsync(CancellationToken ct)
    {
        await banner.ReloadAsync(ct);
        await cache.EvictAllAsync(ct);
    }
}

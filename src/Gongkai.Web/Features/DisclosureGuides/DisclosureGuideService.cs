using Gongkai.Domain.DisclosureGuides;
using Gongkai.Domain.Privacy;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>Reads and saves guides. Only the organ's own administrator (机关管理员) or a system
/// administrator may change a guide; every save is audit-logged and clears the organ's cached pages.</summary>
public sealed class DisclosureGuideService(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, PortalCache cache, TimeProvider clock)
{
    public const string TargetType = "disclosureGuide";

    public Task<DisclosureGuide?> FindAsync(int organizationId, CancellationToken ct = default) =>
        db.Set<DisclosureGuide>().AsNoTracking().FirstOrDefaultAsync(g => g.OrganizationId == organizationId, ct);

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct = default) => staff.CanAdministerAsync(organizationId, ct);

    public bool IsStale(DisclosureGuide? guide) => IsStale(guide?.UpdatedAt);

    /// <summary>When each organ's guide was last saved (absent: never).</summary>
    public Task<Dictionary<int, DateTimeOffset>> UpdatedAtAsync(IReadOnlyCollection<int> organizationIds, CancellationToken ct = default) =>
        db.Set<DisclosureGuide>().AsNoTracking().Where(g => organizationIds.Contains(g.OrganizationId))
            .ToDictionaryAsync(g => g.OrganizationId, g => g.UpdatedAt, ct);

    public bool IsStale(DateTimeOffset? updatedAt) =>
        GuideFreshness.IsStale(updatedAt is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : null, ChinaTime.Today(clock));

    /// <summary>Saves the five parts; returns a Chinese message when refused, null when saved. Lines of
    /// parts 三 and 四 that restate the office's address, hours or phone are dropped: the guide shows
    /// those from the organ's current record (<see cref="GuideContactLines"/>).</summary>
    public async Task<string?> SaveAsync(Organization organ, GuideInput input, GuideHeadingSet headings, CancellationToken ct = default)
    {
        if (!await CanEditAsync(organ.Id, ct))
        {
            throw new UnauthorizedAccessException("只有本机关的机关管理员或系统管理员可以修改政府信息公开指南。");
        }

        var typed = new[] { input.Holdings, input.Channels, input.Application, input.Office, input.OtherMatters }.Select(GuideText.Clean).ToArray();
        var parts = typed.ToArray();
        parts[2] = GuideContactLines.StripApplication(parts[2]);
        parts[3] = GuideContactLines.StripOffice(parts[3]);
        var errors = new List<string>();
        var names = headings.Plain;
        for (var i = 0; i < parts.Length; i++)
        {
            // 四 may be empty: its content is the office's contact, which the guide adds itself.
            if (parts[i].Length == 0 && i != 3)
            {
                errors.Add($"请填写“{names[i]}”。");
            }
            else if (parts[i].Length > GuideText.MaxLength)
            {
                errors.Add($"“{names[i]}”不能超过{GuideText.MaxLength}字。");
            }
        }

        // The guide is public the moment it is saved (page, guide.docx, search): the same detector
        // as the pre-publication check, with the organ's own office phone, fax and e-mail allowed
        // (Art. 12 requires them). What was typed is scanned, before contact
        // lines are dropped, so that a person's number on such a line is named, not silently lost.
        var detector = new PersonalInformationDetector(new[] { organ.OfficePhone, organ.OfficeFax, organ.OfficeEmail }.OfType<string>().Where(v => v.Length > 0));
        for (var i = 0; i < parts.Length; i++)
        {
            var found = detector.Scan(typed[i]);
            if (found.Count > 0)
            {
                errors.Add($"“{names[i]}”含个人信息：{string.Join("、", found.Take(5).Select(f => $"{Gongkai.Domain.Privacy.PersonalInformationKinds.Name(f.Kind)} {f.Masked}"))}。"
                    + "公开指南全文公开，请删除，或改为本机关的办公电话、公务邮箱（在机关信息中登记后可用）。");
            }
        }

        if (errors.Count > 0)
        {
            return string.Join(" ", errors);
        }

        var guide = await db.Set<DisclosureGuide>().FirstOrDefaultAsync(g => g.OrganizationId == organ.Id, ct);
        if (guide is not null && input.Version != guide.Version)
        {
            return "该指南已被他人修改。您填写的内容仍保留在下面，请核对当前内容后重新保存。";
        }

        var before = guide is null ? null : new { guide.Holdings, guide.Channels, guide.Application, guide.Office, guide.OtherMatters };
        if (guide is null)
        {
            guide = new DisclosureGuide { OrganizationId = organ.Id };
            db.Add(guide);
        }

        (guide.Holdings, guide.Channels, guide.Application, guide.Office, guide.OtherMatters) = (parts[0], parts[1], parts[2], parts[3], parts[4]);
        guide.UpdatedAt = clock.GetUtcNow();
        guide.UpdatedById = staff.UserId;
        guide.UpdatedBy = staff.User.Identity?.Name ?? "未知用户";
        guide.Version = Guid.NewGuid();
        audit.Record("guide.updated", targetType: TargetType, targetId: organ.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            before: before, after: new { guide.Holdings, guide.Channels, guide.Application, guide.Office, guide.OtherMatters }, organizationId: organ.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return "该指南已被他人修改。您填写的内容仍保留在下面，请核对当前内容后重新保存。";
        }

        await cache.OrganChangedAsync(organ.Id, ct);
        return null;
    }
}

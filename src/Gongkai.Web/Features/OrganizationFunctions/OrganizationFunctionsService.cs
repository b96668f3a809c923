using System.Globalization;
using Gongkai.Domain.OrganizationFunctions;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.OrganizationFunctions;

/// <summary>Saves and reviews 机构职能 records. An Editor of the organ saves a new version, which waits
/// for a Reviewer of the organ (not its author, as with publications); approving it makes it the
/// public record and the earlier one history. Every step is audit-logged.</summary>
public sealed class OrganizationFunctionsService(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, PortalCache cache, TimeProvider clock)
{
    public const string TargetType = "organizationFunctions";

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct = default) => staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    public Task<bool> CanReviewAsync(int organizationId, CancellationToken ct = default) => staff.HasRoleAsync(organizationId, BusinessRole.Reviewer, ct);

    /// <summary>The organ's public record, or null when none has been approved.</summary>
    public Task<OrganizationFunctionsVersion?> CurrentAsync(int organizationId, CancellationToken ct = default) =>
        db.Set<OrganizationFunctionsVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.OrganizationId == organizationId && v.Status == FunctionsVersionStatus.Published, ct);

    /// <summary>The version waiting for review, if any.</summary>
    public Task<OrganizationFunctionsVersion?> PendingAsync(int organizationId, CancellationToken ct = default) =>
        db.Set<OrganizationFunctionsVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.OrganizationId == organizationId && v.Status == FunctionsVersionStatus.PendingReview, ct);

    /// <summary>Every version of the organ, newest first (staff history).</summary>
    public Task<List<OrganizationFunctionsVersion>> VersionsAsync(int organizationId, CancellationToken ct = default) =>
        db.Set<OrganizationFunctionsVersion>().AsNoTracking().Where(v => v.OrganizationId == organizationId)
            .OrderByDescending(v => v.Number).ToListAsync(ct);

    /// <summary>Saves the editor's record as a new version pending review. An older version still
    /// pending is withdrawn: the reviewer decides on the latest text only.</summary>
    public async Task<OrganizationFunctionsVersion> SaveAsync(int organizationId, FunctionsContent input, CancellationToken ct = default)
    {
        if (!await CanEditAsync(organizationId, ct))
        {
            throw new FunctionsRefusedException(FunctionsRefusal.Forbidden, "您不是该机关的信息编辑，不能修改其机构职能。");
        }

        var (content, errors) = FunctionsRules.Normalise(input);
        errors = [.. errors, .. await CheckLinkedOrgansAsync(content, ct)];
        if (errors.Count > 0)
        {
            throw new FunctionsRefusedException(FunctionsRefusal.Invalid, string.Join(" ", errors), errors);
        }

        var now = clock.GetUtcNow();
        var versions = db.Set<OrganizationFunctionsVersion>().Where(v => v.OrganizationId == organizationId);
        foreach (var pending in await versions.Where(v => v.Status == FunctionsVersionStatus.PendingReview).ToListAsync(ct))
        {
            pending.Status = FunctionsVersionStatus.Withdrawn;
            pending.Stamp = Guid.NewGuid();
        }

        var version = new OrganizationFunctionsVersion
        {
            OrganizationId = organizationId,
            Number = (await versions.MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1,
            Status = FunctionsVersionStatus.PendingReview,
            Content = content,
            CreatedAt = now,
            CreatedById = staff.UserId,
            CreatedBy = staff.User.Identity?.Name ?? "未知用户",
        };
        db.Add(version);
        audit.Record("organizationFunctions.saved", targetType: TargetType, targetId: Id(organizationId),
            after: new { version.Number, content }, organizationId: organizationId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new FunctionsRefusedException(FunctionsRefusal.Conflict, "该机关的机构职能刚被他人修改，请刷新后重新保存。");
        }

        return version;
    }

    /// <summary>Approves the pending version: it becomes the public record from now on.</summary>
    public async Task ApproveAsync(int versionId, string? comment, CancellationToken ct = default)
    {
        var version = await ReviewableAsync(versionId, ct);
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                // Two saves: the old public version must leave the "one published per organ" index
                // before the new one enters it.
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var current = await db.Set<OrganizationFunctionsVersion>()
                    .FirstOrDefaultAsync(v => v.OrganizationId == version.OrganizationId && v.Status == FunctionsVersionStatus.Published, ct);
                if (current is not null)
                {
                    current.Status = FunctionsVersionStatus.Superseded;
                    current.SupersededAt = now;
                    current.Stamp = Guid.NewGuid();
                    await db.SaveChangesAsync(ct);
                }

                Decide(version, FunctionsVersionStatus.Published, comment, now);
                version.PublishedAt = now;
                audit.Record("organizationFunctions.published", targetType: TargetType, targetId: Id(version.OrganizationId),
                    before: current is null ? null : new { current.Number }, after: new { version.Number, comment }, organizationId: version.OrganizationId);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            });
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new FunctionsRefusedException(FunctionsRefusal.Conflict, "该版本刚被他人审核，请刷新后查看。");
        }

        // The record shows on the organ's pages, in its guide and in the district catalogue.
        await cache.EvictAllAsync(ct);
    }

    /// <summary>Sends the pending version back to the editors with the reviewer's comment (required).</summary>
    public async Task SendBackAsync(int versionId, string? comment, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new FunctionsRefusedException(FunctionsRefusal.Invalid, "退回时请填写退回意见。");
        }

        var version = await ReviewableAsync(versionId, ct);
        Decide(version, FunctionsVersionStatus.SentBack, comment, clock.GetUtcNow());
        audit.Record("organizationFunctions.sentBack", targetType: TargetType, targetId: Id(version.OrganizationId),
            after: new { version.Number, comment }, organizationId: version.OrganizationId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new FunctionsRefusedException(FunctionsRefusal.Conflict, "该版本刚被他人审核，请刷新后查看。");
        }
    }

    private async Task<OrganizationFunctionsVersion> ReviewableAsync(int versionId, CancellationToken ct)
    {
        var version = await db.Set<OrganizationFunctionsVersion>().FirstOrDefaultAsync(v => v.Id == versionId, ct)
            ?? throw new FunctionsRefusedException(FunctionsRefusal.Invalid, "未找到该版本。");
        if (!await CanReviewAsync(version.OrganizationId, ct))
        {
            throw new FunctionsRefusedException(FunctionsRefusal.Forbidden, "您不是该机关的信息审核人，不能审核其机构职能。");
        }

        if (version.Status != FunctionsVersionStatus.PendingReview)
        {
            throw new FunctionsRefusedException(FunctionsRefusal.Conflict, $"第{version.Number}版不在待审核状态，无需审核。");
        }

        if (version.CreatedById is not null && version.CreatedById == staff.UserId)
        {
            throw new FunctionsRefusedException(FunctionsRefusal.Forbidden, "不能审核自己提交的版本，请由本机关其他审核人审核。");
        }

        return version;
    }

    private void Decide(OrganizationFunctionsVersion version, FunctionsVersionStatus status, string? comment, DateTimeOffset now)
    {
        version.Status = status;
        version.ReviewedAt = now;
        version.ReviewedById = staff.UserId;
        version.ReviewedBy = staff.User.Identity?.Name ?? "未知用户";
        version.ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()[..Math.Min(comment.Trim().Length, 1000)];
        version.Stamp = Guid.NewGuid();
    }

    /// <summary>A 下属单位 linked to the directory must name an organ that exists.</summary>
    private async Task<List<string>> CheckLinkedOrgansAsync(FunctionsContent content, CancellationToken ct)
    {
        var ids = content.Subordinates.Where(u => u.OrganizationId is not null).Select(u => u.OrganizationId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var known = await db.Set<Organization>().Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        return content.Subordinates.Select((u, i) => (u, i))
            .Where(x => x.u.OrganizationId is { } id && !known.Contains(id))
            .Select(x => $"下属单位第{x.i + 1}行：机关目录中没有编号为 {x.u.OrganizationId} 的机关。").ToList();
    }

    private static string Id(int organizationId) => organizationId.ToString(CultureInfo.InvariantCulture);
}

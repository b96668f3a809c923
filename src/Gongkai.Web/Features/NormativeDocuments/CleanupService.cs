using System.Globalization;
using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>清理: open (all documents in force at the time), mark each, publish the result list as one
/// act. Publishing checks the whole list first; one bad entry and nothing changes.</summary>
public sealed class CleanupService(GongkaiDbContext db, NormativeService documents, PublicationAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string TargetType = "normativeCleanup";

    public async Task<NormativeCleanup?> FindAsync(int id, CancellationToken ct = default)
    {
        var c = await db.Set<NormativeCleanup>().Include(x => x.Items).FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is not null && await access.CanViewAsync(c.OrganizationId, ct) ? c : null;
    }

    public async Task<int> OpenAsync(int organizationId, string? title, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(organizationId, ct);
        title = title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            throw new NormativeRuleException("请填写清理名称（不超过200字）。");
        }

        if (await db.Set<NormativeCleanup>().AnyAsync(c => c.OrganizationId == organizationId && c.PublishedAt == null, ct))
        {
            throw new NormativeRuleException("本机关已有一次尚未发布结果的清理，请先完成它。");
        }

        var today = Shared.ChinaTime.Today(clock);
        var docs = await db.Set<NormativeDocument>().Include(d => d.Changes).Where(d => d.OrganizationId == organizationId).ToListAsync(ct);
        var cleanup = new NormativeCleanup { OrganizationId = organizationId, Title = title, OpenedAt = clock.GetUtcNow() };
        foreach (var d in docs.Where(d => d.StateOn(today).InForce).OrderBy(d => d.NumberYear).ThenBy(d => d.NumberSerial))
        {
            cleanup.Items.Add(new NormativeCleanupItem { DocumentId = d.Id });
        }

        if (cleanup.Items.Count == 0)
        {
            throw new NormativeRuleException("本机关没有现行有效的规范性文件，无需清理。");
        }

        db.Add(cleanup);
        await db.SaveChangesAsync(ct);
        Record("normative.cleanupOpened", cleanup, new { title, documents = cleanup.Items.Count });
        await db.SaveChangesAsync(ct);
        return cleanup.Id;
    }

    public async Task MarkAsync(NormativeCleanup cleanup, IReadOnlyDictionary<int, CleanupDecision?> decisions, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(cleanup.OrganizationId, ct);
        EnsureOpen(cleanup);
        foreach (var item in cleanup.Items)
        {
            if (decisions.TryGetValue(item.DocumentId, out var decision))
            {
                item.Decision = decision;
            }
        }

        Record("normative.cleanupMarked", cleanup, new { marked = cleanup.Items.Count(i => i.Decision is not null), total = cleanup.Items.Count });
        await db.SaveChangesAsync(ct);
    }

    public async Task PublishAsync(NormativeCleanup cleanup, DateOnly? effectiveOn, CancellationToken ct = default)
    {
        await access.RequireReviewerAsync(cleanup.OrganizationId, ct);
        EnsureOpen(cleanup);
        var on = effectiveOn ?? throw new NormativeRuleException("请填写清理结果的施行日期。");
        var ids = cleanup.Items.Select(i => i.DocumentId).ToList();
        var docs = await db.Set<NormativeDocument>().Include(d => d.Changes).Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var problems = Cleanup.Check(on, cleanup.Items.Select(i =>
            new CleanupEntry(docs[i.DocumentId].DocumentNumber, i.Decision, docs[i.DocumentId].IssuedOn, docs[i.DocumentId].ExpiresOn, docs[i.DocumentId].History)));
        if (problems.Count > 0)
        {
            throw new NormativeRuleException("清理结果不能发布：" + string.Join(" ", problems));
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var item in cleanup.Items)
        {
            if (Cleanup.ChangeFor(item.Decision!.Value, on) is { } change)
            {
                var d = docs[item.DocumentId];
                d.Changes.Add(new NormativeChange
                {
                    To = change.To,
                    On = change.On,
                    CleanupId = cleanup.Id,
                    Note = cleanup.Title,
                    CreatedAt = now,
                    CreatedBy = access.UserId!.Value,
                });
                await documents.SyncAsync(d, ct);
            }
        }

        cleanup.EffectiveOn = on;
        cleanup.PublishedAt = now;
        Record("normative.cleanupPublished", cleanup, new
        {
            on,
            results = cleanup.Items.Select(i => new { docs[i.DocumentId].DocumentNumber, decision = Cleanup.Label(i.Decision!.Value) }),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static void EnsureOpen(NormativeCleanup cleanup)
    {
        if (cleanup.PublishedAt is not null)
        {
            throw new NormativeRuleException("该清理结果已发布，不能再修改。");
        }
    }

    private void Record(string eventType, NormativeCleanup c, object after) =>
        audit.Record(eventType, targetType: TargetType, targetId: c.Id.ToString(CultureInfo.InvariantCulture), after: after, organizationId: c.OrganizationId);
}

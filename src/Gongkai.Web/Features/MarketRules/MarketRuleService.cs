using Gongkai.Domain.MarketRules;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Gongkai.Web.Shared.Files;

namespace Gongkai.Web.Features.MarketRules;

/// <summary>Keeps the rules library: only an editor of the keeping organ changes its entries, every
/// change is audited, the text is sanitised, files are checked like publication attachments.</summary>
public sealed class MarketRuleService(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, PublicationHtml html, IFileStore store,
    IOptions<AttachmentOptions> attachmentOptions, MarketRuleCache cache, TimeProvider clock)
{
    public const string TargetType = "MarketRule";

    public Task<bool> CanEditAsync(int organizationId, CancellationToken ct) => staff.HasRoleAsync(organizationId, BusinessRole.Editor, ct);

    /// <summary>Creates (<paramref name="id"/> null) or changes an entry; the errors, or the id.</summary>
    public async Task<(int? Id, List<string> Errors)> SaveAsync(int organizationId, int? id, MarketRuleFields fields, CancellationToken ct)
    {
        if (!await CanEditAsync(organizationId, ct))
        {
            return (null, ["您不是该机关的编辑人员，不能维护其监管规则。"]);
        }

        var errors = fields.Check();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        MarketRule rule;
        object? before = null;
        if (id is { } existing)
        {
            rule = await db.Set<MarketRule>().FirstOrDefaultAsync(r => r.Id == existing && r.OrganizationId == organizationId, ct)
                ?? throw new KeyNotFoundException();
            before = Snapshot(rule);
        }
        else
        {
            rule = new MarketRule { OrganizationId = organizationId, CreatedAt = now };
            db.Add(rule);
        }

        rule.Title = fields.Title.Trim();
        rule.Kind = fields.Kind;
        rule.IssuingAuthority = fields.IssuingAuthority.Trim();
        rule.DocumentNumber = string.IsNullOrWhiteSpace(fields.DocumentNumber) ? null : fields.DocumentNumber.Trim();
        rule.EffectiveOn = fields.EffectiveOn!.Value;
        rule.Validity = fields.Validity;
        rule.Industry = fields.Industry;
        rule.BodyHtml = html.Sanitize(fields.BodyHtml);
        rule.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        audit.Record(id is null ? "marketRule.created" : "marketRule.updated", targetType: TargetType, targetId: Id(rule.Id),
            before: before, after: Snapshot(rule), organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        return (rule.Id, []);
    }

    public async Task<bool> DeleteAsync(int organizationId, int id, CancellationToken ct)
    {
        var rule = await db.Set<MarketRule>().Include(r => r.Attachments).FirstOrDefaultAsync(r => r.Id == id && r.OrganizationId == organizationId, ct);
        if (rule is null || !await CanEditAsync(organizationId, ct))
        {
            return false;
        }

        var files = rule.Attachments.Select(a => a.StoredName).ToList();
        db.Remove(rule);
        audit.Record("marketRule.deleted", targetType: TargetType, targetId: Id(id), before: Snapshot(rule), organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        foreach (var file in files)
        {
            await store.DeleteAsync(file, ct);
        }

        return true;
    }

    /// <summary>Adds an original file; the refusal in Chinese when it is not an allowed, intact file.</summary>
    public async Task<string?> AttachAsync(int organizationId, int ruleId, string? fileName, Stream content, CancellationToken ct)
    {
        var rule = await db.Set<MarketRule>().FirstOrDefaultAsync(r => r.Id == ruleId && r.OrganizationId == organizationId, ct);
        if (rule is null || !await CanEditAsync(organizationId, ct))
        {
            return "您不能为该条目上传附件。";
        }

        var name = AttachmentFileName.Sanitize(fileName);
        await using var seekable = await AttachmentService.SeekableAsync(content, ct);
        AttachmentType type;
        try
        {
            type = AttachmentInspector.Inspect(name, seekable, attachmentOptions.Value.MaxBytes);
        }
        catch (AttachmentRejectedException e)
        {
            return e.Message;
        }

        var (stored, sha) = await store.SaveAsync(seekable, ct);
        var attachment = new MarketRuleAttachment
        {
            RuleId = ruleId,
            FileName = name,
            Kind = type.Kind,
            ContentType = type.ContentType,
            Length = seekable.Length,
            Sha256 = sha,
            StoredName = stored,
            UploadedAt = clock.GetUtcNow(),
        };
        db.Add(attachment);
        rule.UpdatedAt = attachment.UploadedAt;
        audit.Record("marketRule.attachmentAdded", targetType: TargetType, targetId: Id(ruleId),
            after: new { fileName = name, length = attachment.Length, sha256 = sha }, organizationId: organizationId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await store.DeleteAsync(stored, CancellationToken.None);
            throw;
        }

        await cache.ChangedAsync(ct);
        return null;
    }

    public async Task RemoveAttachmentAsync(int organizationId, int ruleId, int attachmentId, CancellationToken ct)
    {
        var a = await db.Set<MarketRuleAttachment>().FirstOrDefaultAsync(x => x.Id == attachmentId && x.RuleId == ruleId, ct);
        var owned = await db.Set<MarketRule>().AnyAsync(r => r.Id == ruleId && r.OrganizationId == organizationId, ct);
        if (a is null || !owned || !await CanEditAsync(organizationId, ct))
        {
            return;
        }

        db.Remove(a);
        audit.Record("marketRule.attachmentRemoved", targetType: TargetType, targetId: Id(ruleId), before: new { fileName = a.FileName }, organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        await cache.ChangedAsync(ct);
        await store.DeleteAsync(a.StoredName, ct);
    }

    private static object Snapshot(MarketRule r) => new
    {
        r.Title,
        kind = r.Kind.ToString(),
        r.IssuingAuthority,
        r.DocumentNumber,
        r.EffectiveOn,
        validity = r.Validity.ToString(),
        r.Industry,
        bodyLength = r.BodyHtml.Length,
    };

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Globalization;
using Gongkai.Domain.NormativeDocuments;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>Staff actions on normative documents. The publication part goes through
/// <see cref="PublicationService"/> (review workflow); this adds the extension, the lifecycle acts and
/// their relations, and keeps the publication's 发文字号 and 有效性 in step. Rule violations throw
/// <see cref="NormativeRuleException"/>; a missing role throws <see cref="PublicationForbiddenException"/>.</summary>
public sealed class NormativeService(GongkaiDbContext db, PublicationService publications, PublicationAccess access, AuditTrail audit,
    TimeProvider clock, PortalCache cache, ILogger<NormativeService> log)
{
    public const string TargetType = "normativeDocument";

    /// <summary>The 行政法规、规章和规范性文件 column (第二十条第（一）项).</summary>
    public static readonly string ColumnKey = StatutoryItems.Article20[0].Key;

    /// <summary>The document with its acts, or null when absent or the person may not see its organ.</summary>
    public async Task<NormativeDocument?> FindAsync(int id, CancellationToken ct = default)
    {
        var d = await db.Set<NormativeDocument>().Include(x => x.Changes).FirstOrDefaultAsync(x => x.Id == id, ct);
        return d is not null && await access.CanViewAsync(d.OrganizationId, ct) ? d : null;
    }

    public async Task<int> CreateAsync(int organizationId, PublicationInput item, NormativeInput input, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(organizationId, ct);
        var number = await ValidateAsync(organizationId, input, null, ct);
        item.ColumnKey = ColumnKey;
        item.DocumentNumber = number.ToString();
        item.Validity = PublicationValidity.Valid;
        item.SignedOn = input.SignedOn ?? item.SignedOn;
        // The publication and its extension commit together or not at all: a number taken meanwhile
        // by someone else (the unique index) must not leave a draft without its 发文字号 record.
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var publicationId = await publications.CreateAsync(organizationId, item, ct);
                var now = clock.GetUtcNow();
                var d = new NormativeDocument
                {
                    PublicationId = publicationId,
                    OrganizationId = organizationId,
                    DocumentNumber = number.ToString(),
                    NumberPrefix = number.Prefix,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                Fill(d, number, input);
                db.Add(d);
                await db.SaveChangesAsync(ct);
                Record("normative.created", d, new { d.DocumentNumber, d.PublicationId });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return d.Id;
            });
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            log.LogWarning(ex, "Normative document {Number} for organ {Org} not saved; rolled back", number, organizationId);
            throw new NormativeRuleException($"保存失败：发文字号 {number} 可能刚被本机关的其他文件使用，本次未保存任何内容，请核对后重试。");
        }
        catch
        {
            // Rolled back; nothing of this attempt may ride along with a later save in the request.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public async Task UpdateAsync(NormativeDocument d, NormativeInput input, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(d.OrganizationId, ct);
        var number = await ValidateAsync(d.OrganizationId, input, d.Id, ct);
        var before = NormativeInput.From(d);
        if (number.ToString() != d.DocumentNumber)
        {
            var p = await db.Set<Publication>().Include(x => x.Revisions).FirstAsync(x => x.Id == d.PublicationId, ct);
            if (p.WorkingRevision is not { } working || p.WorkingInReview)
            {
                throw new NormativeRuleException("文件已发布或正在审核，修改发文字号须先在信息页面发起更正，并随更正一起送审。");
            }

            working.DocumentNumber = number.ToString();
            if (p.PublishedRevisionNumber is null)
            {
                p.DocumentNumber = working.DocumentNumber;
            }
        }

        Fill(d, number, input);
        d.UpdatedAt = clock.GetUtcNow();
        Record("normative.updated", d, new { before, after = input });
        await SyncAsync(d, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>修改, 废止 or 宣布失效, effective on <paramref name="on"/>, optionally made by the document
    /// numbered <paramref name="causeNumber"/> (recorded as its relation). Changes what the public sees
    /// at once, so it is the reviewer's act.</summary>
    public async Task ChangeValidityAsync(NormativeDocument d, NormativeValidity to, DateOnly on, string? causeNumber, string? note, CancellationToken ct = default)
    {
        await access.RequireReviewerAsync(d.OrganizationId, ct);
        NormativeDocument? cause = null;
        if (!string.IsNullOrWhiteSpace(causeNumber))
        {
            cause = await FindByNumberAsync(causeNumber, d.OrganizationId, ct)
                ?? throw new NormativeRuleException($"未找到发文字号为“{causeNumber.Trim()}”的规范性文件。");
            if (cause.Id == d.Id)
            {
                throw new NormativeRuleException("文件不能修改或废止自身。");
            }
        }

        if (note?.Trim().Length > 500)
        {
            throw new NormativeRuleException("说明不能超过500字。");
        }

        NormativeLifecycle.EnsureAllowed(new ValidityChange(to, on), d.IssuedOn, d.ExpiresOn, d.History);
        d.Changes.Add(new NormativeChange
        {
            To = to,
            On = on,
            CauseDocumentId = cause?.Id,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = access.UserId!.Value,
        });
        if (cause is not null && to is NormativeValidity.Amended or NormativeValidity.Repealed)
        {
            await AddRelationIfMissingAsync(cause.Id, d.Id, to == NormativeValidity.Amended ? RelationKind.Amends : RelationKind.Repeals, ct);
        }

        Record("normative.validityChanged", d, new { to = NormativeLifecycle.Label(to), on, cause = cause?.DocumentNumber, note });
        await SyncAsync(d, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records that <paramref name="d"/> amends, repeals or replaces the document numbered <paramref name="otherNumber"/>.</summary>
    public async Task AddRelationAsync(NormativeDocument d, RelationKind kind, string? otherNumber, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(d.OrganizationId, ct);
        var other = await FindByNumberAsync(otherNumber, d.OrganizationId, ct)
            ?? throw new NormativeRuleException($"未找到发文字号为“{otherNumber?.Trim()}”的规范性文件。");
        if (other.Id == d.Id)
        {
            throw new NormativeRuleException("文件不能与自身关联。");
        }

        if (!await AddRelationIfMissingAsync(d.Id, other.Id, kind, ct))
        {
            throw new NormativeRuleException("该关联已存在。");
        }

        Record("normative.relationAdded", d, new { kind = NormativeLabels.Of(kind, true), other = other.DocumentNumber });
        await db.SaveChangesAsync(ct);
        await cache.PublicationChangedAsync(d.OrganizationId, ct);
    }

    /// <summary>A document by its 发文字号 in any form; the organ's own first when several organs share a number.</summary>
    public async Task<NormativeDocument?> FindByNumberAsync(string? value, int? preferredOrganizationId, CancellationToken ct = default)
    {
        if (!DocumentNumber.TryParse(value, out var number, out _))
        {
            return null;
        }

        var canonical = number!.ToString();
        var found = await db.Set<NormativeDocument>().Include(x => x.Changes).Where(x => x.DocumentNumber == canonical).ToListAsync(ct);
        return found.FirstOrDefault(x => x.OrganizationId == preferredOrganizationId) ?? (found.Count == 1 ? found[0] : null);
    }

    /// <summary>Brings the stored validity (and the publication's) to what the acts and expiry say
    /// today. Caller saves.</summary>
    public async Task SyncAsync(NormativeDocument d, CancellationToken ct)
    {
        var state = d.StateOn(ChinaTime.Today(clock));
        d.Validity = state.Validity;
        d.ValidityChangedOn = state.Since;
        var target = ValidityMap.ToPublication(state.Validity);
        var p = await db.Set<Publication>().Include(x => x.Revisions).FirstAsync(x => x.Id == d.PublicationId, ct);
        if (p.Validity != target)
        {
            p.Validity = target;
            foreach (var r in p.Revisions.Where(r => r.Number == p.PublishedRevisionNumber || r.Number == p.WorkingRevisionNumber))
            {
                r.Validity = target;
            }

            p.Version = Guid.NewGuid();
            await cache.PublicationChangedAsync(d.OrganizationId, ct);
        }
    }

    /// <summary>Applies acts and expiry dates that have come due since the last run (hosted job).</summary>
    public async Task<int> SyncDueAsync(CancellationToken ct = default)
    {
        try
        {
            return await SyncDueOnceAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Another node's job (or a staff act) changed the same item first; start again from what
            // is stored now, which finds only what that run left undone.
            log.LogInformation(ex, "Normative validity sync met a concurrent change; running again");
            db.ChangeTracker.Clear();
            return await SyncDueOnceAsync(ct);
        }
    }

    private async Task<int> SyncDueOnceAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var candidates = await db.Set<NormativeDocument>().Include(x => x.Changes)
            .Where(x => x.Validity == NormativeValidity.Valid || x.Validity == NormativeValidity.Amended
                || x.Changes.Any(c => c.On <= today && (x.ValidityChangedOn == null || c.On > x.ValidityChangedOn)))
            .ToListAsync(ct);
        // A correction published through the platform's own form may carry an old 有效性; the
        // library's acts win, so such publications are brought back in step too.
        var drifted = await (from d in db.Set<NormativeDocument>().Include(x => x.Changes)
                             join p in db.Set<Publication>() on d.PublicationId equals p.Id
                             where (d.Validity == NormativeValidity.Valid && p.Validity != PublicationValidity.Valid)
                                || (d.Validity == NormativeValidity.Amended && p.Validity != PublicationValidity.Amended)
                                || (d.Validity == NormativeValidity.Repealed && p.Validity != PublicationValidity.Repealed)
                                || (d.Validity == NormativeValidity.Expired && p.Validity != PublicationValidity.Expired)
                             select d).ToListAsync(ct);
        var changed = 0;
        foreach (var d in candidates.Concat(drifted).DistinctBy(x => x.Id))
        {
            var state = d.StateOn(today);
            var drift = drifted.Any(x => x.Id == d.Id);
            if (drift || state.Validity != d.Validity || state.Since != d.ValidityChangedOn)
            {
                await SyncAsync(d, ct);
                audit.Record("normative.validitySynced", targetType: TargetType, targetId: d.Id.ToString(CultureInfo.InvariantCulture),
                    after: new { validity = NormativeLifecycle.Label(state.Validity), since = state.Since }, organizationId: d.OrganizationId,
                    userName: "system");
                changed++;
            }
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }

    private async Task<bool> AddRelationIfMissingAsync(int fromId, int toId, RelationKind kind, CancellationToken ct)
    {
        if (await db.Set<NormativeRelation>().AnyAsync(r => r.FromDocumentId == fromId && r.ToDocumentId == toId && r.Kind == kind, ct))
        {
            return false;
        }

        db.Add(new NormativeRelation { FromDocumentId = fromId, ToDocumentId = toId, Kind = kind });
        return true;
    }

    private async Task<DocumentNumber> ValidateAsync(int organizationId, NormativeInput input, int? selfId, CancellationToken ct)
    {
        var errors = new List<string>();
        DocumentNumber.TryParse(input.DocumentNumber, out var number, out var numberError);
        if (numberError is not null)
        {
            errors.Add(numberError);
        }
        else if (await db.Set<NormativeDocument>().AnyAsync(x => x.OrganizationId == organizationId && x.NumberPrefix == number!.Prefix
                     && x.NumberYear == number.Year && x.NumberSerial == number.Number && x.Id != selfId, ct))
        {
            errors.Add($"本机关已有发文字号为 {number} 的规范性文件。");
        }

        if (number is not null && input.SignedOn is { } signed && signed.Year != number.Year)
        {
            errors.Add($"成文日期 {signed:yyyy-MM-dd} 与发文字号年份 {number.Year} 不一致。");
        }

        if (input.EffectiveOn is { } effective && input.ExpiresOn is { } expires && expires < effective)
        {
            errors.Add("有效期截止日期不能早于施行日期。");
        }

        if (input.FiledOn is not null && string.IsNullOrWhiteSpace(input.FilingNumber))
        {
            errors.Add("填写备案日期时须填写备案号。");
        }

        Check(errors, input.JointIssuers, 500, "联合发文机关");
        Check(errors, input.FilingNumber, 100, "备案号");
        Check(errors, input.FilingResult, 500, "备案审查结果");
        Check(errors, input.LegalBasis, 2000, "制定依据");
        if (errors.Count > 0)
        {
            throw new NormativeRuleException(string.Join(" ", errors));
        }

        return number!;
    }

    private static void Check(List<string> errors, string? value, int max, string name)
    {
        if (value?.Trim().Length > max)
        {
            errors.Add($"{name}不能超过{max}字。");
        }
    }

    private static void Fill(NormativeDocument d, DocumentNumber number, NormativeInput input)
    {
        d.DocumentNumber = number.ToString();
        d.NumberPrefix = number.Prefix;
        d.NumberYear = number.Year;
        d.NumberSerial = number.Number;
        d.JointIssuers = Clean(input.JointIssuers);
        d.SignedOn = input.SignedOn;
        d.EffectiveOn = input.EffectiveOn;
        d.ExpiresOn = input.ExpiresOn;
        d.NeedsInterpretation = input.NeedsInterpretation;
        d.FilingNumber = Clean(input.FilingNumber);
        d.FiledOn = input.FiledOn;
        d.FilingResult = Clean(input.FilingResult);
        d.LegalBasis = Clean(input.LegalBasis);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void Record(string eventType, NormativeDocument d, object after) =>
        audit.Record(eventType, targetType: TargetType, targetId: d.Id.ToString(CultureInfo.InvariantCulture), after: after, organizationId: d.OrganizationId);
}

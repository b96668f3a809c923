using System.Globalization;
using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Related;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>Creates interpretations as publications in the 政策解读 column (review workflow as usual)
/// and links them to the documents they explain, matched by 发文字号. Each link is also recorded as
/// 相关信息 so the platform's own item pages show the pair.</summary>
public sealed class InterpretationService(GongkaiDbContext db, PublicationService publications, PublicationAccess access, NormativeService documents,
    InterpretationColumn column, AuditTrail audit, TimeProvider clock)
{
    public const string TargetType = "policyInterpretation";

    public async Task<int> CreateAsync(int organizationId, PublicationInput item, InterpretationInput input, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(organizationId, ct);
        var docs = await ResolveAsync(input, organizationId, ct);
        if (await column.EnsureAsync(organizationId, ct) is null)
        {
            throw new NormativeRuleException("本机关的公开平台没有政策解读栏目。");
        }

        item.ColumnKey = InterpretationColumn.Key;
        // The publication, its interpretation record and the links commit together or not at all.
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var publicationId = await publications.CreateAsync(organizationId, item, ct);
                var interpretation = new PolicyInterpretation
                {
                    PublicationId = publicationId,
                    OrganizationId = organizationId,
                    Form = input.Form,
                    MediaUrl = string.IsNullOrWhiteSpace(input.MediaUrl) ? null : input.MediaUrl.Trim(),
                    CreatedAt = clock.GetUtcNow(),
                };
                db.Add(interpretation);
                await db.SaveChangesAsync(ct);
                await LinkAllAsync(interpretation, docs, ct);
                audit.Record("interpretation.created", targetType: TargetType, targetId: interpretation.Id.ToString(CultureInfo.InvariantCulture),
                    after: new { publicationId, form = NormativeLabels.Of(input.Form), documents = docs.Select(d => d.DocumentNumber) }, organizationId: organizationId);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return publicationId;
            });
        }
        catch
        {
            // Rolled back; nothing of this attempt may ride along with a later save in the request.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>Links an existing interpretation (or one imported) to documents; caller saves.</summary>
    public async Task LinkAllAsync(PolicyInterpretation interpretation, IEnumerable<NormativeDocument> docs, CancellationToken ct)
    {
        var userId = access.UserId ?? Guid.Empty;
        foreach (var d in docs)
        {
            if (!await db.Set<InterpretationLink>().AnyAsync(l => l.InterpretationId == interpretation.Id && l.DocumentId == d.Id, ct))
            {
                db.Add(new InterpretationLink { InterpretationId = interpretation.Id, DocumentId = d.Id });
            }

            if (!await db.Set<PublicationRelation>().AnyAsync(r => (r.PublicationId == interpretation.PublicationId && r.RelatedId == d.PublicationId)
                    || (r.PublicationId == d.PublicationId && r.RelatedId == interpretation.PublicationId), ct))
            {
                db.Add(new PublicationRelation { PublicationId = interpretation.PublicationId, RelatedId = d.PublicationId, CreatedAt = clock.GetUtcNow(), CreatedBy = userId });
            }
        }
    }

    /// <summary>The documents named by their 发文字号, one per line; every number must be found.</summary>
    public async Task<List<NormativeDocument>> ResolveAsync(InterpretationInput input, int organizationId, CancellationToken ct)
    {
        var lines = (input.DocumentNumbers ?? "").Split(['\n', '\r', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            throw new NormativeRuleException("请填写所解读文件的发文字号。");
        }

        if (!Enum.IsDefined(input.Form))
        {
            throw new NormativeRuleException("解读形式无效。");
        }

        var found = new List<NormativeDocument>();
        var errors = new List<string>();
        foreach (var line in lines)
        {
            if (!Domain.NormativeDocuments.DocumentNumber.TryParse(line, out _, out var error))
            {
                errors.Add(error!);
            }
            else if (await documents.FindByNumberAsync(line, organizationId, ct) is { } d)
            {
                found.Add(d);
            }
            else
            {
                errors.Add($"未找到发文字号为“{line}”的规范性文件。");
            }
        }

        if (errors.Count > 0)
        {
            throw new NormativeRuleException(string.Join(" ", errors));
        }

        return found.DistinctBy(d => d.Id).ToList();
    }
}

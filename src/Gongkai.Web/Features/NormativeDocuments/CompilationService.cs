using System.Globalization;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Caching;
using Microsoft.EntityFrameworkCore;
using Gongkai.Domain.NormativeDocuments;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>文件汇编: staff assemble and publish; the public reads the page and downloads one Word file.</summary>
public sealed class CompilationService(GongkaiDbContext db, NormativeLibrary library, NormativeService documents, PublicationAccess access,
    AuditTrail audit, TimeProvider clock, PortalCache cache)
{
    public const string TargetType = "normativeCompilation";

    public async Task<int> CreateAsync(int organizationId, CompilationInput input, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(organizationId, ct);
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            throw new NormativeRuleException("请填写汇编名称（不超过200字）。");
        }

        List<int> ids;
        if (!string.IsNullOrWhiteSpace(input.DocumentNumbers))
        {
            ids = [];
            foreach (var line in input.DocumentNumbers.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var d = await documents.FindByNumberAsync(line, organizationId, ct);
                if (d is null || d.OrganizationId != organizationId || !await library.Visible().AnyAsync(v => v.Id == d.Id, ct))
                {
                    throw new NormativeRuleException($"本机关没有已公开的发文字号为“{line}”的规范性文件。");
                }

                ids.Add(d.Id);
            }
        }
        else
        {
            var found = new List<int>();
            var page = 1;
            while (true)
            {
                var (rows, total) = await library.SearchAsync(new LibraryFilter { Org = organizationId, Year = input.Year, Topic = input.Topic, Validity = input.Validity, Page = page }, ct);
                found.AddRange(rows.Select(r => r.Document.Id));
                if (found.Count >= total || rows.Count == 0)
                {
                    break;
                }

                page++;
            }

            ids = found;
            ids.Reverse();
        }

        ids = ids.Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new NormativeRuleException("没有符合条件的已公开规范性文件，汇编不能为空。");
        }

        var c = new Compilation
        {
            OrganizationId = organizationId,
            Title = title,
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        c.Items.AddRange(ids.Select((id, i) => new CompilationItem { DocumentId = id, SortOrder = i + 1 }));
        db.Add(c);
        await db.SaveChangesAsync(ct);
        Record("normative.compilationCreated", c, new { title, documents = ids.Count });
        await db.SaveChangesAsync(ct);
        return c.Id;
    }

    public async Task PublishAsync(int id, CancellationToken ct = default)
    {
        var c = await db.Set<Compilation>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NormativeRuleException("未找到该汇编。");
        await access.RequireReviewerAsync(c.OrganizationId, ct);
        c.PublishedAt ??= clock.GetUtcNow();
        Record("normative.compilationPublished", c, new { c.Title });
        await db.SaveChangesAsync(ct);
        await cache.PublicationChangedAsync(c.OrganizationId, ct);
    }

    /// <summary>A published compilation with its documents (those still public), in order.</summary>
    public async Task<(Compilation Compilation, List<LibraryRow> Rows)?> PublicAsync(int id, CancellationToken ct = default)
    {
        var c = await db.Set<Compilation>().AsNoTracking().Include(x => x.Items).FirstOrDefaultAsync(x => x.Id == id && x.PublishedAt != null, ct);
        if (c is null)
        {
            return null;
        }

        var ids = c.Items.Select(i => i.DocumentId).ToList();
        var docs = await library.Visible().Include(d => d.Changes).Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var order = c.Items.ToDictionary(i => i.DocumentId, i => i.SortOrder);
        var rows = (await library.RowsAsync(docs, ct)).OrderBy(r => order[r.Document.Id]).ToList();
        return (c, rows);
    }

    private void Record(string eventType, Compilation c, object after) =>
        audit.Record(eventType, targetType: TargetType, targetId: c.Id.ToString(CultureInfo.InvariantCulture), after: after, organizationId: c.OrganizationId);
}

using System.Globalization;
using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>文件汇编: staff assemble and publish; the public reads the page and downloads one Word file.</summary>
public sealed class CompilationService(GongkaiDbContext db, NormativeLibrary library, NormativeService documents, PublicationAccess access,
    StaffAccess staff, AuditTrail audit, TimeProvider clock, PortalCache cache)
{
    public const string TargetType = "normativeCompilation";

    public async Task<int> CreateAsync(int organizationId, CompilationInput input, CancellationToken ct = default)
    {
        await access.RequireEditorAsync(organizationId, ct);
        var title = Title(input);
        var ids = await SelectAsync(organizationId, input, ct);
        return await SaveAsync(new Compilation { OrganizationId = organizationId, Title = title }, input, ids, ct);
    }

    /// <summary>A district-wide compilation: only the district office (a Supervisor) assembles one,
    /// from every organ's published documents (or one organ's, by <see cref="CompilationInput.Org"/>).</summary>
    public async Task<int> CreateDistrictAsync(CompilationInput input, CancellationToken ct = default)
    {
        var office = await DistrictOfficeAsync(ct) ?? throw new PublicationForbiddenException("只有区政府办公室的督查人员可以编制全区文件汇编。");
        var title = Title(input);
        var ids = await SelectAsync(input.Org, input, ct);
        return await SaveAsync(new Compilation { OrganizationId = office, DistrictWide = true, Title = title }, input, ids, ct);
    }

    /// <summary>The district office the person acts for as a Supervisor, or null when they are not one.</summary>
    public async Task<int?> DistrictOfficeAsync(CancellationToken ct = default)
    {
        if (!await staff.IsSupervisorAsync(ct))
        {
            return null;
        }

        var memberships = await staff.MembershipsAsync(ct);
        return memberships.Where(m => m.Role == BusinessRole.Supervisor).Select(m => (int?)m.OrganizationId).Min();
    }

    /// <summary>May publish the compilation: a reviewer of the organ, and for a district-wide one a
    /// Supervisor who is also a reviewer of the district office that keeps it.</summary>
    public async Task<bool> CanPublishAsync(Compilation c, CancellationToken ct = default) =>
        c.DistrictWide
            ? await staff.IsSupervisorAsync(ct) && await access.CanReviewAsync(c.OrganizationId, ct)
            : await access.CanReviewAsync(c.OrganizationId, ct);

    private static string Title(CompilationInput input)
    {
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            throw new NormativeRuleException("请填写汇编名称（不超过200字）。");
        }

        return title;
    }

    /// <summary>The published documents chosen by hand-picked 发文字号 or by criteria; one organ's or,
    /// with no organ, the whole district's.</summary>
    private async Task<List<int>> SelectAsync(int? organizationId, CompilationInput input, CancellationToken ct)
    {
        List<int> ids;
        if (!string.IsNullOrWhiteSpace(input.DocumentNumbers))
        {
            ids = [];
            foreach (var line in input.DocumentNumbers.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var d = await documents.FindByNumberAsync(line, organizationId, ct);
                if (d is null || (organizationId is { } org && d.OrganizationId != org) || !await library.Visible().AnyAsync(v => v.Id == d.Id, ct))
                {
                    throw new NormativeRuleException(organizationId is null
                        ? $"全区没有唯一一件已公开的发文字号为“{line}”的规范性文件（多个机关同号时请先选择发布机关）。"
                        : $"本机关没有已公开的发文字号为“{line}”的规范性文件。");
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

        return ids;
    }

    private async Task<int> SaveAsync(Compilation c, CompilationInput input, List<int> ids, CancellationToken ct)
    {
        c.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        c.CreatedAt = clock.GetUtcNow();
        c.Items.AddRange(ids.Select((id, i) => new CompilationItem { DocumentId = id, SortOrder = i + 1 }));
        // The audit entry names the new id, so both saves run in one transaction.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Add(c);
            await db.SaveChangesAsync(ct);
            Record(c.DistrictWide ? "normative.districtCompilationCreated" : "normative.compilationCreated", c,
                new { c.Title, documents = ids.Count, organ = input.Org });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
        return c.Id;
    }

    public async Task PublishAsync(int id, CancellationToken ct = default)
    {
        var c = await db.Set<Compilation>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NormativeRuleException("未找到该汇编。");
        if (!await CanPublishAsync(c, ct))
        {
            throw new PublicationForbiddenException(c.DistrictWide ? "只有区政府办公室的审核人员可以发布全区文件汇编。" : "只有本机关的审核人员可以发布文件汇编。");
        }

        c.PublishedAt ??= clock.GetUtcNow();
        Record(c.DistrictWide ? "normative.districtCompilationPublished" : "normative.compilationPublished", c, new { c.Title });
        await db.SaveChangesAsync(ct);
        await cache.PublicationChangedAsync(c.OrganizationId, ct);
    }

    /// <summary>Published compilations for the library page, newest first: the district-wide ones
    /// (no organ) or one organ's own.</summary>
    public Task<List<Compilation>> PublishedAsync(int? organizationId, CancellationToken ct = default) =>
        db.Set<Compilation>().AsNoTracking()
            .Where(c => c.PublishedAt != null && (organizationId == null ? c.DistrictWide : !c.DistrictWide && c.OrganizationId == organizationId))
            .OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).ToListAsync(ct);

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

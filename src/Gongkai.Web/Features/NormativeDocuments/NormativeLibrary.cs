using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>Public reads of the library: only documents whose publication the public may see now.
/// Validity is computed for today from the acts and expiry date, not read from the stored copy.</summary>
public sealed class NormativeLibrary(GongkaiDbContext db, TimeProvider clock)
{
    public IQueryable<NormativeDocument> Visible()
    {
        // EXISTS per document (a primary-key lookup), not IN (subquery): SQLite materialises the
        // subquery's list of every visible item first, which with a million items took 9 s for the
        // district-wide annual report (bench/annual-reports.sh).
        var now = clock.GetUtcNow();
        return db.Set<NormativeDocument>().AsNoTracking()
            .Where(d => db.Set<Publication>().VisibleAt(now).Any(p => p.Id == d.PublicationId));
    }

    public async Task<(List<LibraryRow> Rows, int Total)> SearchAsync(LibraryFilter f, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var q = Visible();
        if (f.Org is { } org)
        {
            q = q.Where(d => d.OrganizationId == org);
        }

        if (f.Year is { } year)
        {
            q = q.Where(d => d.SignedOn != null ? d.SignedOn.Value.Year == year : d.NumberYear == year);
        }

        if (!string.IsNullOrWhiteSpace(f.Prefix))
        {
            var prefix = f.Prefix.Trim();
            q = q.Where(d => d.NumberPrefix.StartsWith(prefix));
        }

        if (f.NumberYear is { } ny)
        {
            q = q.Where(d => d.NumberYear == ny);
        }

        if (f.Number is { } n)
        {
            q = q.Where(d => d.NumberSerial == n);
        }

        if (f.FiledOnly)
        {
            q = q.Where(d => d.FilingNumber != null);
        }

        if (!string.IsNullOrWhiteSpace(f.Topic))
        {
            var topic = f.Topic.Trim();
            var withTopic = db.Set<Publication>().Where(p => p.Topic == topic).Select(p => p.Id);
            q = q.Where(d => withTopic.Contains(d.PublicationId));
        }

        // The stored validity may lag an expiry date by up to an hour; the expiry date itself does not.
        q = f.Validity switch
        {
            NormativeValidity.Valid => q.Where(d => d.Validity == NormativeValidity.Valid && (d.ExpiresOn == null || d.ExpiresOn >= today)),
            NormativeValidity.Amended => q.Where(d => d.Validity == NormativeValidity.Amended && (d.ExpiresOn == null || d.ExpiresOn >= today)),
            NormativeValidity.Repealed => q.Where(d => d.Validity == NormativeValidity.Repealed),
            NormativeValidity.Expired => q.Where(d => d.Validity == NormativeValidity.Expired
                || ((d.Validity == NormativeValidity.Valid || d.Validity == NormativeValidity.Amended) && d.ExpiresOn < today)),
            _ => q,
        };

        var total = await q.CountAsync(ct);
        var page = Math.Max(1, f.Page);
        var docs = await q.Include(d => d.Changes).OrderByDescending(d => d.NumberYear).ThenByDescending(d => d.SignedOn).ThenByDescending(d => d.Id)
            .Skip((page - 1) * PublicItems.PageSize).Take(PublicItems.PageSize).ToListAsync(ct);
        return (await RowsAsync(docs, ct), total);
    }

    public async Task<List<LibraryRow>> RowsAsync(IReadOnlyCollection<NormativeDocument> docs, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var pubIds = docs.Select(d => d.PublicationId).ToList();
        var pubs = await db.Set<Publication>().AsNoTracking().Where(p => pubIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.Topic, p.PublishedAt }).ToDictionaryAsync(p => p.Id, ct);
        var orgIds = docs.Select(d => d.OrganizationId).Distinct().ToList();
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return docs.Select(d =>
        {
            var p = pubs[d.PublicationId];
            return new LibraryRow(d, p.Id, p.Title, p.Topic, organs.GetValueOrDefault(d.OrganizationId, ""), p.PublishedAt, d.StateOn(today));
        }).ToList();
    }

    public async Task<NormativeDocument?> FindVisibleAsync(int id, CancellationToken ct = default) =>
        await Visible().Include(d => d.Changes).FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>Relations as (label, row), both directions, only with documents the public may see.</summary>
    public async Task<List<(string Label, LibraryRow Row)>> RelationsAsync(int documentId, CancellationToken ct = default)
    {
        var rels = await db.Set<NormativeRelation>().AsNoTracking()
            .Where(r => r.FromDocumentId == documentId || r.ToDocumentId == documentId).ToListAsync(ct);
        var otherIds = rels.Select(r => r.FromDocumentId == documentId ? r.ToDocumentId : r.FromDocumentId).ToList();
        var others = await Visible().Include(d => d.Changes).Where(d => otherIds.Contains(d.Id)).ToListAsync(ct);
        var rows = (await RowsAsync(others, ct)).ToDictionary(r => r.Document.Id);
        return rels.Where(r => rows.ContainsKey(r.FromDocumentId == documentId ? r.ToDocumentId : r.FromDocumentId))
            .Select(r => r.FromDocumentId == documentId
                ? (NormativeLabels.Of(r.Kind, true), rows[r.ToDocumentId])
                : (NormativeLabels.Of(r.Kind, false) + "于", rows[r.FromDocumentId]))
            .ToList();
    }

    /// <summary>Counts for the annual report, for every organ with documents (or one organ).</summary>
    public async Task<List<AnnualCounts>> AnnualCountsAsync(int year, int? organizationId = null, CancellationToken ct = default)
    {
        var q = Visible().Include(d => d.Changes).AsQueryable();
        if (organizationId is { } org)
        {
            q = q.Where(d => d.OrganizationId == org);
        }

        var docs = await q.ToListAsync(ct);
        var yearEnd = new DateOnly(year, 12, 31);
        return docs.GroupBy(d => d.OrganizationId).OrderBy(g => g.Key).Select(g => new AnnualCounts(
            g.Key,
            year,
            g.Count(d => IssueYear(d) == year),
            g.Count(d => d.StateOn(yearEnd) is { Validity: NormativeValidity.Repealed, Since: { } since } && since.Year == year),
            g.Count(d => IssueYear(d) <= year && d.StateOn(yearEnd).InForce))).ToList();
    }

    private static int IssueYear(NormativeDocument d) => d.IssuedOn?.Year ?? d.NumberYear;
}

using System.Runtime.CompilerServices;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Features.Publications.Feeds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.Search;

/// <summary>Publications on the disclosure platforms (and every item type built on them): title, body,
/// attachment text and catalogue fields of the public version. Published items are indexed; scheduled
/// ones too, hidden until their time (<see cref="SearchDocument.VisibleFrom"/>), as on the portal.</summary>
public sealed class PublicationSearchSource : ISearchSource
{
    public const string SourceKind = "publication";
    private const int BatchSize = 500;

    public string Kind => SourceKind;

    public bool Watches(object entity) => entity is Publication or PublicationAttachment or Organization;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        switch (entry.Entity)
        {
            case Publication p:
                var wasIndexed = state != EntityState.Added && Indexed(entry.Property(nameof(Publication.Status)).OriginalValue as PublicationStatus?);
                var isIndexed = state != EntityState.Deleted && Indexed(p.Status);
                if (wasIndexed || isIndexed)
                {
                    yield return new SearchChangeKey(SourceKind, p.Id, Gone: wasIndexed && !isIndexed);
                }

                break;
            case PublicationAttachment a:
                yield return new SearchChangeKey(SourceKind, a.PublicationId);
                break;
            case Organization o when state == EntityState.Modified:
                // A rename (or merge) changes what every item of the organ shows.
                if (entry.Property(nameof(Organization.Name)).IsModified || entry.Property(nameof(Organization.IsActive)).IsModified)
                {
                    yield return new SearchChangeKey(OrganizationSearchSource.SourceKind, o.Id);
                }

                break;
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var ids = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        var organs = changes.Where(c => c.Kind == OrganizationSearchSource.SourceKind).Select(c => c.Id).Distinct().ToList();
        var result = new List<SearchDocument>();
        if (ids.Count > 0)
        {
            foreach (var chunk in ids.Chunk(BatchSize))
            {
                result.AddRange(await LoadWhereAsync(db, Indexable(db).Where(p => chunk.Contains(p.Id)), ct));
            }
        }

        if (organs.Count > 0)
        {
            result.AddRange(await LoadWhereAsync(db, Indexable(db).Where(p => organs.Contains(p.OrganizationId)), ct));
        }

        return result;
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            var last = after;
            var batch = await LoadWhereAsync(db, Indexable(db).Where(p => p.Id > last).OrderBy(p => p.Id).Take(BatchSize), ct);
            if (batch.Count == 0)
            {
                yield break;
            }

            after = batch.Max(d => d.Id);
            yield return batch;
        }
    }

    private static bool Indexed(PublicationStatus? status) => status is PublicationStatus.Published or PublicationStatus.Scheduled;

    private static IQueryable<Publication> Indexable(GongkaiDbContext db) =>
        db.Set<Publication>().AsNoTracking().Where(p => p.Status == PublicationStatus.Published || p.Status == PublicationStatus.Scheduled);

    private static async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<Publication> items, CancellationToken ct)
    {
        var rows = await items
            .Join(db.Set<Organization>(), p => p.OrganizationId, o => o.Id, (p, o) => new { p, Organ = o.Name })
            .Join(db.Set<PublicationColumn>(), x => x.p.ColumnId, c => c.Id, (x, c) => new
            {
                x.p.Id,
                x.p.OrganizationId,
                x.Organ,
                Column = c.Title,
                x.p.Title,
                x.p.BodyHtml,
                x.p.Summary,
                x.p.DocumentNumber,
                x.p.IndexNumber,
                x.p.Topic,
                x.p.Genre,
                x.p.Validity,
                x.p.Status,
                x.p.PublishedAt,
                x.p.ScheduledFor,
                x.p.PublishedRevisionNumber,
            })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var attachments = await db.Set<PublicationAttachment>().AsNoTracking()
            .Where(a => ids.Contains(a.PublicationId) && a.ExtractedText != null)
            .Select(a => new { a.PublicationId, a.RevisionNumber, a.ExtractedText })
            .ToListAsync(ct);
        var byItem = attachments.ToLookup(a => a.PublicationId);

        return rows.Select(r => new SearchDocument
        {
            Kind = SourceKind,
            Id = r.Id,
            Title = r.Title,
            Url = SiteUrls.Item(r.OrganizationId, r.Id),
            Body = string.IsNullOrWhiteSpace(r.Summary) ? HtmlText.Of(r.BodyHtml) : r.Summary + "\n" + HtmlText.Of(r.BodyHtml),
            Attachments = byItem[r.Id].Where(a => a.RevisionNumber == r.PublishedRevisionNumber).Select(a => a.ExtractedText!).ToList(),
            ExactNames = r.DocumentNumber is { Length: > 0 } number ? [number] : [],
            OrganizationId = r.OrganizationId,
            OrganizationName = r.Organ,
            Category = r.Column,
            Topic = r.Topic,
            Genre = r.Genre,
            Validity = PublicationLabels.Of(r.Validity),
            PublishedAt = r.Status == PublicationStatus.Scheduled ? r.ScheduledFor : r.PublishedAt,
            VisibleFrom = r.Status == PublicationStatus.Scheduled ? r.ScheduledFor : null,
            DocumentNumber = r.DocumentNumber,
            IndexNumber = r.IndexNumber,
        }).ToList();
    }
}

using System.Runtime.CompilerServices;
using Gongkai.Domain.Mailbox;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>Published letters as search results (kind <c>letter</c>): only the masked copies made at
/// publication are indexed, so nothing the writer did not agree to, and no personal data, is findable.</summary>
public sealed class LetterSearchSource : ISearchSource
{
    public const string SourceKind = "letter";
    public const string Category = "区长信箱";
    private const int BatchSize = 2000;

    public string Kind => SourceKind;

    public bool Watches(object entity) => entity is MailboxLetter;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        if (entry.Entity is MailboxLetter letter && (state == EntityState.Deleted || letter.IsPublished))
        {
            yield return new SearchChangeKey(SourceKind, letter.Id, Gone: state == EntityState.Deleted);
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var ids = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await LoadWhereAsync(db, db.Set<MailboxLetter>().Where(l => ids.Contains(l.Id)), ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var after = 0; ;)
        {
            var from = after;
            var ids = await db.Set<MailboxLetter>().Where(l => l.Id > from && l.PublishedAt != null).OrderBy(l => l.Id).Select(l => l.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                yield break;
            }

            yield return await LoadWhereAsync(db, db.Set<MailboxLetter>().Where(l => ids.Contains(l.Id)), ct);
            after = ids[^1];
        }
    }

    private static async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<MailboxLetter> letters, CancellationToken ct)
    {
        var rows = await letters.AsNoTracking().Where(l => l.PublishedAt != null && l.PublishConsent)
            .Select(l => new { l.Id, l.Type, l.PublishedSubject, l.PublishedContent, l.PublishedReply, l.PublishedAt, l.RepliedByOrganizationId, l.Topic })
            .ToListAsync(ct);
        var organIds = rows.Select(r => r.RepliedByOrganizationId).OfType<int>().Distinct().ToList();
        var names = await db.Set<Organizations.Organization>().AsNoTracking().Where(o => organIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return rows.Select(r => new SearchDocument
        {
            Kind = SourceKind,
            Id = r.Id,
            Title = r.PublishedSubject ?? "",
            Url = MailboxUrls.Letter(r.Id),
            Body = r.PublishedContent + "\n答复：" + r.PublishedReply,
            OrganizationId = r.RepliedByOrganizationId,
            OrganizationName = r.RepliedByOrganizationId is { } o ? names.GetValueOrDefault(o) : MailboxAnalysis.DistrictOfficeLabel,
            Category = Category,
            Genre = LetterTypes.Name(r.Type),
            Topic = r.Topic,
            PublishedAt = r.PublishedAt,
        }).ToList();
    }
}

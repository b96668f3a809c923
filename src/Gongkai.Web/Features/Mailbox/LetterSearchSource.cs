using Gongkai.Domain.Mailbox;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.Mailbox;

/// <summary>Published letters as search results (kind <c>letter</c>): only the masked copies made at
/// publication are indexed, so nothing the writer did not agree to, and no personal data, is findable.</summary>
public sealed class LetterSearchSource : EntitySearchSource<MailboxLetter>
{
    public const string SourceKind = "letter";
    public const string Category = "区长信箱";

    public override string Kind => SourceKind;

    protected override int BatchSize => 2000;

    public override IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        if (entry.Entity is MailboxLetter letter && (state == EntityState.Deleted || letter.IsPublished))
        {
            yield return new SearchChangeKey(SourceKind, letter.Id, Gone: state == EntityState.Deleted);
        }
    }

    protected override IQueryable<MailboxLetter> Candidates(IQueryable<MailboxLetter> rows) => rows.Where(l => l.PublishedAt != null);

    protected override async Task<List<SearchDocument>> ToDocumentsAsync(GongkaiDbContext db, IQueryable<MailboxLetter> letters, CancellationToken ct)
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

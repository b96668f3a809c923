using System.Runtime.CompilerServices;
using Gongkai.Domain.DisclosureGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.OrganizationFunctions;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Feeds;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>Each organ's 政府信息公开指南 as a search result (one per organ, so its id is the organ's),
/// so that a person asking "怎么申请公开" finds the guide that answers it. The text is the guide as shown:
/// the district's headings and the organ's current contact, so a change to either reindexes it.</summary>
public sealed class DisclosureGuideSearchSource : ISearchSource
{
    public const string SourceKind = "guide";
    public const string Category = "政府信息公开指南";

    public string Kind => SourceKind;

    /// <summary>A change of the district headings touches every guide; this key asks for all of them.</summary>
    private const int AllGuides = 0;

    public bool Watches(object entity) => entity is DisclosureGuide or Organization or OrganizationFunctionsVersion or GuideHeadingSettings;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        switch (entry.Entity)
        {
            case DisclosureGuide g:
                yield return new SearchChangeKey(SourceKind, g.OrganizationId, Gone: state == EntityState.Deleted);
                break;
            case Organization o when state == EntityState.Modified:
                // The title and organ facet show the organ's name; a closed organ's guide leaves search.
                // The contact fields feed parts 三 and 四 while the organ has no 机构职能 record.
                if (new[] { nameof(Organization.Name), nameof(Organization.IsActive), nameof(Organization.Kind), nameof(Organization.OfficeName),
                        nameof(Organization.OfficeAddress), nameof(Organization.OfficeHours), nameof(Organization.OfficePhone),
                        nameof(Organization.OfficeFax), nameof(Organization.OfficeEmail) }.Any(p => entry.Property(p).IsModified))
                {
                    yield return new SearchChangeKey(SourceKind, o.Id);
                }

                break;
            case OrganizationFunctionsVersion v when entry.Property(nameof(OrganizationFunctionsVersion.Status)).IsModified:
                // Only a version entering or leaving the public record changes the contact the guide shows.
                yield return new SearchChangeKey(SourceKind, v.OrganizationId);
                break;
            case GuideHeadingSettings:
                yield return new SearchChangeKey(SourceKind, AllGuides);
                break;
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var ids = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        if (ids.Contains(AllGuides))
        {
            return await LoadWhereAsync(db, db.Set<DisclosureGuide>(), ct);
        }

        return ids.Count == 0 ? [] : await LoadWhereAsync(db, db.Set<DisclosureGuide>().Where(g => ids.Contains(g.OrganizationId)), ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        // One guide per organ: a few hundred rows at most, one batch.
        yield return await LoadWhereAsync(db, db.Set<DisclosureGuide>(), ct);
    }

    private static async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<DisclosureGuide> guides, CancellationToken ct)
    {
        var rows = (await guides.AsNoTracking()
            .Join(db.Set<Organization>().Where(o => o.IsActive), g => g.OrganizationId, o => o.Id, (g, o) => new { Guide = g, Organ = o })
            .ToListAsync(ct)).Where(r => OrganizationKinds.HasPlatform(r.Organ.Kind)).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var headings = await db.Set<GuideHeadingSettings>().AsNoTracking().FirstOrDefaultAsync(ct) is { } h
            ? new GuideHeadingSet(h.Holdings, h.Channels, h.Application, h.Office, h.OtherMatters)
            : GuideHeadingSet.Seed;
        var contacts = await GuideContactReader.ForAsync(db, rows.Select(r => r.Organ).ToList(), ct);
        return rows.Select(r => new SearchDocument
        {
            Kind = SourceKind,
            Id = r.Guide.OrganizationId,
            Title = r.Organ.Name + Category,
            Url = SiteUrls.Column(r.Guide.OrganizationId, ColumnKeys.Guide),
            Body = string.Join('\n', r.Guide.Parts(headings, contacts[r.Organ.Id]).Select(p => p.Heading + "\n" + p.Text)),
            OrganizationId = r.Guide.OrganizationId,
            OrganizationName = r.Organ.Name,
            Category = Category,
            PublishedAt = r.Guide.UpdatedAt,
        }).ToList();
    }
}

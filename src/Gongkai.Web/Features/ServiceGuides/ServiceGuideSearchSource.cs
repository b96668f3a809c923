using Gongkai.Domain.PowerLists;
using Gongkai.Domain.ServiceGuides;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.ServiceGuides;

/// <summary>Published 办事指南 as search results (kind <c>serviceGuide</c>), found by name, 事项编码,
/// materials or conditions; a withdrawn guide leaves the index.</summary>
public sealed class ServiceGuideSearchSource : EntitySearchSource<ServiceGuide>
{
    public const string SourceKind = "serviceGuide";
    public const string Category = "办事指南";

    public override string Kind => SourceKind;

    protected override bool ShowsOrganName => true;

    protected override int BatchSize => 500;

    protected override async Task<List<SearchDocument>> ToDocumentsAsync(GongkaiDbContext db, IQueryable<ServiceGuide> guides, CancellationToken ct)
    {
        var rows = await guides.AsNoTracking().Include(g => g.Materials).Where(g => g.Status == ServiceGuideStatus.Published)
            .Join(db.Set<Organization>().Where(o => o.IsActive), g => g.OrganizationId, o => o.Id, (g, o) => new { Guide = g, Organ = o.Name, o.Kind })
            .ToListAsync(ct);
        return rows.Where(r => OrganizationKinds.HasPlatform(r.Kind)).Select(r =>
        {
            var g = r.Guide;
            return new SearchDocument
            {
                Kind = SourceKind,
                Id = g.Id,
                Title = g.Name,
                Url = ServiceGuideUrls.Guide(g.Id),
                Body = string.Join('\n', new[] { g.Code, g.Implementer, g.Conditions, g.Result, g.Location }
                    .Concat(g.Materials.OrderBy(m => m.Position).Select(m => m.Name)).Where(s => !string.IsNullOrEmpty(s))),
                ExactNames = g.Code is { Length: > 0 } code ? [code] : [],
                OrganizationId = g.OrganizationId,
                OrganizationName = r.Organ,
                Category = Category,
                Genre = g.Type is { } t ? PowerTypes.Name(t) : null,
                Topic = g.Theme is { } theme ? ServiceGuideNames.Theme(theme) : null,
                PublishedAt = g.PublishedAt,
            };
        }).ToList();
    }
}

using System.Runtime.CompilerServices;
using Gongkai.Domain.Enforcement;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>Published enforcement decisions as search results (kind <c>enforcementDecision</c>),
/// found by 文书号, matter or party, with the same masked texts as the public page: a natural
/// person's name masked, no ID number ever indexed. A withdrawn decision leaves the index; one past
/// its publicity period is left out when (re)indexed.</summary>
public sealed class EnforcementSearchSource(TimeProvider clock) : ISearchSource
{
    public const string SourceKind = "enforcementDecision";
    public const string Category = "行政执法公示";
    private const int BatchSize = 2000;

    public string Kind => SourceKind;

    public bool Watches(object entity) => entity is EnforcementDecision;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        if (entry.Entity is EnforcementDecision d)
        {
            yield return new SearchChangeKey(SourceKind, d.Id, Gone: state == EntityState.Deleted);
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var ids = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await LoadWhereAsync(db, db.Set<EnforcementDecision>().Where(d => ids.Contains(d.Id)), ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var after = 0; ;)
        {
            var from = after;
            var ids = await db.Set<EnforcementDecision>().Where(d => d.Id > from && d.Status == EnforcementStatus.Published)
                .OrderBy(d => d.Id).Select(d => d.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                yield break;
            }

            yield return await LoadWhereAsync(db, db.Set<EnforcementDecision>().Where(d => ids.Contains(d.Id)), ct);
            after = ids[^1];
        }
    }

    private async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<EnforcementDecision> decisions, CancellationToken ct)
    {
        var rows = await decisions.AsNoTracking().PublicOn(ChinaTime.Today(clock))
            .Join(db.Set<Organization>(), d => d.OrganizationId, o => o.Id, (d, o) => new { Decision = d, Organ = o.Name })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var d = r.Decision;
            return new SearchDocument
            {
                Kind = SourceKind,
                Id = d.Id,
                Title = $"{EnforcementPublicText.Matter(d)}（{d.PublicPartyName}）",
                Url = EnforcementUrls.Decision(d.Id),
                Body = string.Join('\n', new[] { d.DocumentNumber, EnforcementCategories.Name(d.Category), d.PublicCreditCode, EnforcementPublicText.Facts(d), d.Basis, EnforcementPublicText.Result(d) }.Where(s => !string.IsNullOrEmpty(s))),
                ExactNames = d.PublicCreditCode is { } code ? [d.DocumentNumber, code] : [d.DocumentNumber],
                OrganizationId = d.OrganizationId,
                OrganizationName = r.Organ,
                Category = Category,
                Genre = EnforcementCategories.Name(d.Category),
                DocumentNumber = d.DocumentNumber,
                PublishedAt = d.PublishedOn is { } on ? new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset) : null,
            };
        }).ToList();
    }
}

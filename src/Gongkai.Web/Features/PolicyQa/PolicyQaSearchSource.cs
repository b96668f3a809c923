using System.Runtime.CompilerServices;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.PolicyQa;

/// <summary>Questions and answers as search results (kind <c>policyQa</c>), found by the words of
/// the question or of the answer.</summary>
public sealed class PolicyQaSearchSource : ISearchSource
{
    public const string SourceKind = "policyQa";
    public const string Category = "政策问答";
    private const int BatchSize = 1000;

    public string Kind => SourceKind;

    public bool Watches(object entity) => entity is PolicyQuestion;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        if (entry.Entity is PolicyQuestion q)
        {
            yield return new SearchChangeKey(SourceKind, q.Id, Gone: state == EntityState.Deleted);
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var ids = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await LoadWhereAsync(db, db.Set<PolicyQuestion>().Where(q => ids.Contains(q.Id)), ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var after = 0; ;)
        {
            var from = after;
            var ids = await db.Set<PolicyQuestion>().Where(q => q.Id > from).OrderBy(q => q.Id).Select(q => q.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                yield break;
            }

            yield return await LoadWhereAsync(db, db.Set<PolicyQuestion>().Where(q => ids.Contains(q.Id)), ct);
            after = ids[^1];
        }
    }

    private static async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<PolicyQuestion> questions, CancellationToken ct)
    {
        var rows = await questions.AsNoTracking()
            .Join(db.Set<Organization>(), q => q.OrganizationId, o => o.Id, (q, o) => new { Q = q, Organ = o.Name })
            .ToListAsync(ct);
        return rows.Select(x => new SearchDocument
        {
            Kind = SourceKind,
            Id = x.Q.Id,
            Title = x.Q.Question,
            Url = $"/zcwd/{x.Q.Id}",
            Body = x.Q.Answer,
            OrganizationId = x.Q.OrganizationId,
            OrganizationName = x.Organ,
            Category = Category,
            PublishedAt = x.Q.CreatedAt,
        }).ToList();
    }
}

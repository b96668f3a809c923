using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PolicyQa;

/// <summary>Questions and answers as search results (kind <c>policyQa</c>), found by the words of
/// the question or of the answer.</summary>
public sealed class PolicyQaSearchSource : EntitySearchSource<PolicyQuestion>
{
    public const string SourceKind = "policyQa";
    public const string Category = "政策问答";

    public override string Kind => SourceKind;

    protected override async Task<List<SearchDocument>> ToDocumentsAsync(GongkaiDbContext db, IQueryable<PolicyQuestion> questions, CancellationToken ct)
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

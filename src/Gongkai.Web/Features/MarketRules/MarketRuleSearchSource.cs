using System.Runtime.CompilerServices;
using Gongkai.Domain.MarketRules;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Web.Features.MarketRules;

/// <summary>Rules and standards as search results (kind <c>marketRule</c>), found by name, 文号 or
/// text; a repealed one stays findable, marked 已废止.</summary>
public sealed class MarketRuleSearchSource : ISearchSource
{
    public const string SourceKind = "marketRule";
    public const string Category = "市场监管规则和标准";
    private const int BatchSize = 500;

    public string Kind => SourceKind;

    public bool Watches(object entity) => entity is MarketRule;

    public IEnumerable<SearchChangeKey> ChangesFor(EntityEntry entry, EntityState state)
    {
        if (entry.Entity is MarketRule r)
        {
            yield return new SearchChangeKey(SourceKind, r.Id, Gone: state == EntityState.Deleted);
        }
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(GongkaiDbContext db, IReadOnlyCollection<SearchChangeKey> changes, CancellationToken ct)
    {
        var ids = changes.Where(c => c.Kind == SourceKind).Select(c => c.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await LoadWhereAsync(db, db.Set<MarketRule>().Where(r => ids.Contains(r.Id)), ct);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync(GongkaiDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var after = 0; ;)
        {
            var from = after;
            var ids = await db.Set<MarketRule>().Where(r => r.Id > from).OrderBy(r => r.Id).Select(r => r.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                yield break;
            }

            yield return await LoadWhereAsync(db, db.Set<MarketRule>().Where(r => ids.Contains(r.Id)), ct);
            after = ids[^1];
        }
    }

    private static async Task<List<SearchDocument>> LoadWhereAsync(GongkaiDbContext db, IQueryable<MarketRule> rules, CancellationToken ct)
    {
        var rows = await rules.AsNoTracking()
            .Join(db.Set<Organization>(), r => r.OrganizationId, o => o.Id, (r, o) => new { Rule = r, Organ = o.Name })
            .ToListAsync(ct);
        return rows.Select(x => new SearchDocument
        {
            Kind = SourceKind,
            Id = x.Rule.Id,
            Title = x.Rule.Title,
            Url = $"/scgz/{x.Rule.Id}",
            Body = string.Join('\n', new[] { x.Rule.IssuingAuthority, x.Rule.DocumentNumber, x.Rule.Industry, HtmlText.Of(x.Rule.BodyHtml) }.Where(s => !string.IsNullOrEmpty(s))),
            ExactNames = x.Rule.DocumentNumber is { } n ? [n] : [],
            OrganizationId = x.Rule.OrganizationId,
            OrganizationName = x.Organ,
            Category = Category,
            Topic = x.Rule.Industry,
            Genre = MarketRuleLabels.Of(x.Rule.Kind),
            Validity = MarketRuleLabels.Of(x.Rule.Validity),
            DocumentNumber = x.Rule.DocumentNumber,
            PublishedAt = x.Rule.CreatedAt,
        }).ToList();
    }
}

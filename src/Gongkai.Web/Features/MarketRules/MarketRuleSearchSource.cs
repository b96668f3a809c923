using Gongkai.Domain.MarketRules;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.MarketRules;

/// <summary>Rules and standards as search results (kind <c>marketRule</c>), found by name, 文号 or
/// text; a repealed one stays findable, marked 已废止.</summary>
public sealed class MarketRuleSearchSource : EntitySearchSource<MarketRule>
{
    public const string SourceKind = "marketRule";
    public const string Category = "市场监管规则和标准";

    public override string Kind => SourceKind;

    protected override int BatchSize => 500;

    protected override async Task<List<SearchDocument>> ToDocumentsAsync(GongkaiDbContext db, IQueryable<MarketRule> rules, CancellationToken ct)
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

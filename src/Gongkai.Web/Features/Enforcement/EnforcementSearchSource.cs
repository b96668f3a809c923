using Gongkai.Domain.Enforcement;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>Published enforcement decisions as search results (kind <c>enforcementDecision</c>),
/// found by 文书号, matter or party, with the same masked texts as the public page: a natural
/// person's name masked, no ID number ever indexed. A withdrawn decision leaves the index; one past
/// its publicity period is left out when (re)indexed.</summary>
public sealed class EnforcementSearchSource(TimeProvider clock) : EntitySearchSource<EnforcementDecision>
{
    public const string SourceKind = "enforcementDecision";
    public const string Category = "行政执法公示";

    public override string Kind => SourceKind;

    protected override int BatchSize => 2000;

    protected override IQueryable<EnforcementDecision> Candidates(IQueryable<EnforcementDecision> rows) => rows.Where(d => d.Status == EnforcementStatus.Published);

    protected override async Task<List<SearchDocument>> ToDocumentsAsync(GongkaiDbContext db, IQueryable<EnforcementDecision> decisions, CancellationToken ct)
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

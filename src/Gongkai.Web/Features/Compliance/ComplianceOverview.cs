using Gongkai.Domain.Compliance;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Compliance;

/// <summary>Computes the district overview from every registered <see cref="IComplianceIndicator"/>
/// (in <see cref="IComplianceIndicator.Order"/>). Each indicator answers for all organs at once (one
/// grouped query per indicator, never a query per organ), so the cost grows with the indicators,
/// not with the organs.</summary>
public sealed class ComplianceOverview(GongkaiDbContext db, IEnumerable<IComplianceIndicator> indicators, TimeProvider clock)
{
    private readonly IReadOnlyList<IComplianceIndicator> ordered = indicators.OrderBy(i => i.Order).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();

    public IReadOnlyList<ComplianceColumn> Columns => ordered.Select(i => new ComplianceColumn(i.Key, i.Name)).ToList();

    /// <summary>The day a year is judged on: today for the current year (and a future one), the
    /// year's last day for a past year.</summary>
    public DateOnly AsOfFor(int year)
    {
        var today = ChinaTime.Today(clock);
        return year < today.Year ? new DateOnly(year, 12, 31) : today;
    }

    /// <summary>The organs the overview covers (active organs with disclosure duties: not Party
    /// bodies), limited to <paramref name="only"/> when given.</summary>
    public async Task<List<(int Id, string Name)>> OrgansAsync(IReadOnlySet<int>? only, CancellationToken ct)
    {
        var organs = await db.Set<Organization>().AsNoTracking().Where(o => o.IsActive && o.Kind != OrganizationKind.Party)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.ShortName, o.SupervisingOrganizationId }).ToListAsync(ct);

        // A public enterprise is listed right after the department that supervises it, so the
        // department's row and its enterprises' rows are read together.
        var supervised = organs.Where(o => o.SupervisingOrganizationId is { } s && organs.Any(d => d.Id == s && d.SupervisingOrganizationId is null))
            .ToLookup(o => o.SupervisingOrganizationId!.Value);
        var ordered = organs.Where(o => !supervised.Any(g => g.Contains(o)))
            .SelectMany(o => new[] { o }.Concat(supervised[o.Id]));
        return ordered.Where(o => only is null || only.Contains(o.Id)).Select(o => (o.Id, o.ShortName)).ToList();
    }

    public async Task<ComplianceMatrix> ComputeAsync(int year, IReadOnlySet<int>? only, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var organs = await OrgansAsync(only, ct);
        var query = new ComplianceQuery(year, asOf ?? AsOfFor(year), organs.Select(o => o.Id).ToList());
        var results = new Dictionary<string, IReadOnlyDictionary<int, ComplianceFinding>>();
        if (organs.Count > 0)
        {
            // One after another: the indicators share this request's DbContext.
            foreach (var indicator in ordered)
            {
                results[indicator.Key] = await indicator.EvaluateAsync(query, ct);
            }
        }

        var rows = organs.Select(o =>
        {
            var findings = ordered.ToDictionary(i => i.Key, i => results.GetValueOrDefault(i.Key)?.GetValueOrDefault(o.Id) ?? ComplianceFinding.Clear);
            return new ComplianceRow(o.Id, o.Name, findings, Score(findings.Values));
        }).ToList();
        return new ComplianceMatrix(year, query.AsOf, Columns, rows);
    }

    public static decimal Score(IEnumerable<ComplianceFinding> findings)
    {
        var list = findings.ToList();
        return ComplianceScore.Of(list.Count(f => f.Level == ComplianceLevel.Ok), list.Count(f => f.Level == ComplianceLevel.Warning),
            list.Count(f => f.Level == ComplianceLevel.Behind));
    }
}

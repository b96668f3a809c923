using Gongkai.Domain.Enforcement;

namespace Gongkai.Web.Features.Enforcement;

public static class EnforcementQueries
{
    /// <summary>In public view on <paramref name="today"/>: published, not withdrawn, within its publicity period.</summary>
    public static IQueryable<EnforcementDecision> PublicOn(this IQueryable<EnforcementDecision> decisions, DateOnly today) =>
        decisions.Where(d => d.Status == EnforcementStatus.Published && (d.PublicUntil == null || d.PublicUntil >= today));

    public static IQueryable<EnforcementDecision> Filtered(this IQueryable<EnforcementDecision> decisions, int? organizationId, EnforcementCategory? category, int? year)
    {
        if (organizationId is { } organ)
        {
            decisions = decisions.Where(d => d.OrganizationId == organ);
        }

        if (category is { } c)
        {
            decisions = decisions.Where(d => d.Category == c);
        }

        if (year is { } y and > 1900 and < 3000)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1));
            decisions = decisions.Where(d => d.DecidedOn >= from && d.DecidedOn < to);
        }

        return decisions;
    }

    /// <summary>Pending decisions whose due date has passed on <paramref name="today"/> (逾期).</summary>
    public static IQueryable<EnforcementDecision> OverdueOn(this IQueryable<EnforcementDecision> decisions, DateOnly today) =>
        decisions.Where(d => d.Status == EnforcementStatus.Pending && d.PublishBy < today);

    /// <summary>Newest decision first; the order of the list indexes.</summary>
    public static IQueryable<EnforcementDecision> Newest(this IQueryable<EnforcementDecision> decisions) =>
        decisions.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id);
}

using System.Globalization;

namespace Gongkai.Web.Features.Organizations;

/// <summary>The audited fields of an organ, and the difference between two moments, so that the
/// audit log shows exactly what changed (before/after of the changed fields only).</summary>
public static class OrganizationSnapshot
{
    public static Dictionary<string, string?> Of(Organization o) => new()
    {
        [nameof(o.Name)] = o.Name,
        [nameof(o.ShortName)] = o.ShortName,
        [nameof(o.Kind)] = o.Kind.ToString(),
        [nameof(o.CreditCode)] = o.CreditCode,
        [nameof(o.Sector)] = o.Sector?.ToString(),
        [nameof(o.SupervisingOrganizationId)] = o.SupervisingOrganizationId?.ToString(CultureInfo.InvariantCulture),
        [nameof(o.IsActive)] = o.IsActive ? "true" : "false",
        [nameof(o.MergedIntoId)] = o.MergedIntoId?.ToString(CultureInfo.InvariantCulture),
        [nameof(o.SortOrder)] = o.SortOrder.ToString(CultureInfo.InvariantCulture),
        [nameof(o.OfficeName)] = o.OfficeName,
        [nameof(o.OfficeAddress)] = o.OfficeAddress,
        [nameof(o.OfficeHours)] = o.OfficeHours,
        [nameof(o.OfficePhone)] = o.OfficePhone,
        [nameof(o.OfficeFax)] = o.OfficeFax,
        [nameof(o.OfficeEmail)] = o.OfficeEmail,
        [nameof(o.OfficeIsSubordinateUnit)] = o.OfficeIsSubordinateUnit ? "true" : "false",
        [nameof(o.LeaderName)] = o.LeaderName,
        [nameof(o.LeaderPost)] = o.LeaderPost,
        [nameof(o.LeaderFiledOn)] = o.LeaderFiledOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["FormerNames"] = string.Join("、", o.FormerNames.Select(f => f.Name)),
    };

    public static (Dictionary<string, string?> Before, Dictionary<string, string?> After) Diff(
        Dictionary<string, string?> before, Dictionary<string, string?> after)
    {
        var changed = before.Keys.Where(k => before[k] != after[k]).ToList();
        return (changed.ToDictionary(k => k, k => before[k]), changed.ToDictionary(k => k, k => after[k]));
    }
}

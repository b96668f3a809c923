namespace Gongkai.Domain.PowerLists;

/// <summary>Whether an approved item is on the current list on a given day: from the day it takes
/// effect (新增/承接) until the day before its cancellation or transfer takes effect. Computed from
/// the date at query time, so a cancellation needs no job to take effect at midnight.</summary>
public static class PowerItemVisibility
{
    public static bool IsCurrent(DateOnly? effectiveFrom, DateOnly? endsOn, DateOnly today) =>
        (effectiveFrom is null || effectiveFrom <= today) && (endsOn is null || endsOn > today);
}

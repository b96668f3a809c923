using Gongkai.Domain.Publications;

namespace Gongkai.Web.Features.Publications;

/// <summary>How many months a statutory column may go without a new item before the overview calls
/// it stale, per column kind (the statutory item key, e.g. <c>item-1</c>); a key not set here takes
/// <see cref="ColumnCadence.DefaultMonths"/> (REGULATIONS.md §7.3: 6 months for policy documents,
/// a year for standing information). Set in <c>Gongkai:Publications:Freshness:Months</c>.</summary>
public sealed class ColumnFreshnessOptions
{
    public const string Section = "Gongkai:Publications:Freshness";

    public Dictionary<string, int> Months { get; set; } = [];

    public int MonthsFor(string itemKey) => Months.TryGetValue(itemKey, out var m) && m > 0 ? m : ColumnCadence.DefaultMonths(itemKey);
}

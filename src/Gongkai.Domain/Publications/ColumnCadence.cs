namespace Gongkai.Domain.Publications;

/// <summary>How long a statutory column may go without a new item before the overview calls it
/// stale, by the kind of content it carries (REGULATIONS.md §7.3, the update cadence of the 政府网站
/// check index, UNCONFIRMED, hence configurable): notices and policy documents 6 months; standing
/// information such as functions, plans, statistics, budgets, fees and recruitment 1 year (it is
/// renewed once a year). News-like columns (2 weeks) are not statutory columns.</summary>
public static class ColumnCadence
{
    public const int PolicyMonths = 6;

    public const int YearlyMonths = 12;

    /// <summary>Art. 20 items renewed once a year: (二) functions, (三) plans, (四) statistics,
    /// (七) budgets and final accounts, (八) fees, (十四) civil-service recruitment.</summary>
    private static readonly int[] Yearly = [2, 3, 4, 7, 8, 14];

    /// <summary>The default number of months for the item with <paramref name="itemKey"/>.</summary>
    public static int DefaultMonths(string itemKey) =>
        StatutoryItems.Find(itemKey) is { Article: 20 } item && Yearly.Contains(item.Number) ? YearlyMonths : PolicyMonths;

    /// <summary>Stale when the newest item is older than the cadence on <paramref name="asOf"/>.</summary>
    public static bool IsStale(DateOnly lastPublishedOn, DateOnly asOf, int months) => lastPublishedOn.AddMonths(months) < asOf;
}

namespace Gongkai.Domain.Enforcement;

/// <summary>How long a published decision stays in public view, per category, in months; null
/// means no end. Penalties default to 3 years and simple-procedure penalties (简易程序) to 3 months,
/// the periods the credit-repair rules use for 行政处罚信息 (REGULATIONS.md §7.1 leaves removal
/// UNCONFIRMED, so every period is configurable).</summary>
public sealed class PublicityPeriods
{
    public Dictionary<EnforcementCategory, int?> Months { get; init; } = new()
    {
        [EnforcementCategory.Penalty] = 36,
    };

    public int? SimpleProcedurePenaltyMonths { get; init; } = 3;

    public int? MonthsFor(EnforcementCategory category, bool simpleProcedure) =>
        category == EnforcementCategory.Penalty && simpleProcedure ? SimpleProcedurePenaltyMonths : Months.GetValueOrDefault(category);

    /// <summary>The last day in public view, counted from the publication day; null: no end.</summary>
    public DateOnly? PublicUntil(EnforcementCategory category, bool simpleProcedure, DateOnly publishedOn) =>
        MonthsFor(category, simpleProcedure) is { } months ? publishedOn.AddMonths(months).AddDays(-1) : null;
}

using Gongkai.Domain.Applications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>Stable keys of table 四: one data row, three groups of five columns
/// (<c>reconsideration.upheld</c> … <c>suitAfterReconsideration.total</c>).</summary>
public static class AppealsTableKeys
{
    public const string Table = "appeals";
    public const string Row = "cases";

    public static IReadOnlyList<(string Key, string Label)> Groups { get; } =
    [
        ("reconsideration", "行政复议"),
        ("directSuit", "未经复议直接起诉"),
        ("suitAfterReconsideration", "复议后起诉"),
    ];

    /// <summary>The four results, then the group's 总计.</summary>
    public static IReadOnlyList<(string Key, string Label)> Results { get; } =
    [
        ("upheld", "结果维持"),
        ("corrected", "结果纠正"),
        ("other", "其他结果"),
        ("pending", "尚未审结"),
    ];

    public const string Total = "total";

    // By name, not by the enum's order, which belongs to the applications feature.
    public static string Column(AppealKind kind, AppealResult result) => $"{Groups[(int)kind].Key}.{ResultKey(result)}";

    private static string ResultKey(AppealResult result) => result switch
    {
        AppealResult.Upheld => "upheld",
        AppealResult.Corrected => "corrected",
        AppealResult.Other => "other",
        _ => "pending",
    };

    public static string TotalColumn(AppealKind kind) => $"{Groups[(int)kind].Key}.{Total}";
}

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>One number of the report: what the platform computed, the adjustment staff entered
/// (with its explanation), where the computed value comes from, and the value the report shows.</summary>
public sealed record ReportCellView(decimal Computed, decimal? Adjustment, string? Explanation, string Source)
{
    public const string NoSource = "暂无数据来源";

    public decimal Value => Computed + (Adjustment ?? 0m);
}

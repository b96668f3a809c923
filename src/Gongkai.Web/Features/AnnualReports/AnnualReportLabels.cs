namespace Gongkai.Web.Features.AnnualReports;

/// <summary>Chinese names of report states for pages.</summary>
public static class AnnualReportLabels
{
    public static string Of(AnnualReportStatus status, bool late) => (status, late) switch
    {
        (AnnualReportStatus.Published, true) => "已发布（逾期）",
        (AnnualReportStatus.Published, false) => "已发布",
        (_, true) => "逾期未发布（" + Of(status) + "）",
        _ => Of(status),
    };

    public static string Of(AnnualReportStatus status) => status switch
    {
        AnnualReportStatus.NotStarted => "未开始",
        AnnualReportStatus.Drafting => "编写中",
        AnnualReportStatus.InReview => "审核中",
        AnnualReportStatus.Published => "已发布",
        _ => status.ToString(),
    };

    /// <summary>“表三 · 一、本年新收… · 自然人” for the adjustment form and the audit view.</summary>
    public static string Cell(Domain.AnnualReports.ReportTemplate template, Domain.AnnualReports.CellKey cell)
    {
        var table = template.Table(cell.Table);
        var section = template.Sections.First(s => s.Key == table.Section).Number;
        var row = table.Rows.First(r => r.Key == cell.Row).Label;
        var column = table.Columns.First(c => c.Key == cell.Column);
        var caption = table.Caption.Length > 0 ? table.Caption + " · " : string.Empty;
        return $"表{section} · {caption}{row} · {(column.Group is null ? string.Empty : column.Group + "·")}{column.Label}";
    }
}

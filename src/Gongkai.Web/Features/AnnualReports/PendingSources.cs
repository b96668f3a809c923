using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>Table 二's rows that have no data source on the platform yet, and what would fill them.
/// A row is listed only while every cell of it says <see cref="ReportCellView.NoSource"/>: when a
/// feature registers an <see cref="IAnnualReportSource"/> that gives its cells (the normative
/// library for 行政规范性文件, the enforcement decisions for 行政许可/处罚/强制 under
/// <see cref="ProactiveTableKeys"/>), the notice goes by itself, so rows a registered source fills
/// need no entry here.</summary>
public static class PendingSources
{
    public const string AdjustAnchor = "#adjust";

    public static IReadOnlyList<PendingSource> For(AnnualReportView view)
    {
        var org = view.OrganizationId;
        var adjust = ("在“调整单元格”中录入", AdjustAnchor);
        (string, string)[] Column(string key, string title) => org is { } id ? [($"本机关“{title}”栏目", $"/xxgk/{id}/{key}"), adjust] : [adjust];
        var known = new Dictionary<(string, string), (string FilledBy, (string, string)[] Links)>
        {
            [(ProactiveTableKeys.Item1, ProactiveTableKeys.Rules)] = ("区县级机关不制定规章（《立法法》第九十三条）；代拟的市政府规章以调整录入并说明", [adjust]),
            [(ProactiveTableKeys.Item1, ProactiveTableKeys.NormativeDocuments)] = ("行政规范性文件库（登记本机关制发、废止的规范性文件后自动统计）", [("行政规范性文件库", "/admin/normative"), adjust]),
            [(ProactiveTableKeys.Item5, ProactiveTableKeys.OtherServices)] = ("行政执法公示（其他对外管理服务事项）功能，尚未建设", Column("item-5", "行政许可和对外管理服务")),
            [(ProactiveTableKeys.Item8, ProactiveTableKeys.Fees)] = ("行政事业性收费目录及非税收入数据，平台暂无；请按财政部门数据录入", Column("item-8", "行政事业性收费")),
            [(ProactiveTableKeys.Item9, ProactiveTableKeys.Procurement)] = ("政府集中采购数据，平台暂无；请按采购系统数据录入", Column("item-9", "政府集中采购")),
        };
        var pending = new List<PendingSource>();
        foreach (var table in view.Template.TablesOf(ReportTemplates.Proactive))
        {
            foreach (var row in table.Rows.Where(r => r.HasData))
            {
                var cells = table.Columns.Select(c => new Domain.AnnualReports.CellKey(table.Key, row.Key, c.Key)).ToList();
                if (!cells.All(c => view.Cells.TryGetValue(c, out var cell) && cell.Source == ReportCellView.NoSource))
                {
                    continue;
                }

                var (filledBy, links) = known.TryGetValue((table.Key, row.Key), out var k) ? k : ("平台暂无数据来源", [adjust]);
                pending.Add(new PendingSource(table.Key, row.Key, $"{table.Caption}·{row.Label}", filledBy, links));
            }
        }

        return pending;
    }
}

using System.Globalization;
using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>The narrative the platform writes from the data, as a start for staff. It quotes the
/// table values in the phrases <see cref="NarrativeNumbers"/> checks, so a fresh draft always
/// agrees with the tables; what the data cannot say is left as a bracketed prompt.</summary>
public static class ReportDraft
{
    public static Dictionary<string, string> For(int year, IReadOnlyDictionary<CellKey, ReportCellView> cells, IReadOnlyList<ReportFact> facts)
    {
        decimal V(string table, string row, string column) => cells.TryGetValue(new CellKey(table, row, column), out var c) ? c.Value : 0m;
        decimal A(string row) => V(ApplicationsTableKeys.Table, row, ApplicationsTableKeys.TotalColumn);
        decimal P(string column) => V(AppealsTableKeys.Table, AppealsTableKeys.Row, column);

        var overview = new StringBuilder();
        var published = facts.FirstOrDefault(f => f.Key == PublicationsReportSource.TotalFact)?.Value ?? 0m;
        var columns = facts.Where(f => f.Key.StartsWith(PublicationsReportSource.ColumnFactPrefix, StringComparison.Ordinal) && f.Value > 0).ToList();
        overview.Append(CultureInfo.InvariantCulture, $"（一）主动公开。{year}年，本机关在政府信息公开平台主动公开政府信息{N(published)}条");
        overview.Append(columns.Count == 0 ? "。" : "，其中" + string.Join("、", columns.Select(c => $"“{c.Label}”{N(c.Value)}条")) + "。");
        overview.AppendLine();
        overview.AppendLine(CultureInfo.InvariantCulture,
            $"（二）依申请公开。本年度新收政府信息公开申请{N(A(ApplicationsTableKeys.NewReceived))}件，上年结转申请{N(A(ApplicationsTableKeys.CarriedOver))}件，" +
            $"办结申请{N(A(ApplicationsTableKeys.Total))}件，其中予以公开{N(A("granted"))}件、部分公开{N(A("partlyGranted"))}件；" +
            $"结转下年度继续办理{N(A(ApplicationsTableKeys.CarriedForward))}件。");
        overview.AppendLine(CultureInfo.InvariantCulture,
            $"本年度发生政府信息公开行政复议{N(P("reconsideration.total"))}件，行政诉讼{N(P("directSuit.total") + P("suitAfterReconsideration.total"))}件。");
        overview.AppendLine("（三）政府信息管理。（请补充本年度政府信息管理工作情况。）");
        overview.AppendLine("（四）政府信息公开平台建设。（请补充。）");
        overview.Append("（五）监督保障。（请补充工作考核、社会评议和责任追究结果情况。）");

        var other = Fees(facts);

        return new Dictionary<string, string>
        {
            [ReportTemplates.Overview] = overview.ToString(),
            [ReportTemplates.Problems] = "（请填写本年度政府信息公开工作存在的主要问题及改进措施，以及上年度问题的整改情况。）",
            [ReportTemplates.OtherMatters] = other + "\n" + WorkPoints(year, facts),
        };
    }

    /// <summary>信息处理费 (国办函〔2020〕109号) from the applications' fee events; a prompt when no source gives them.</summary>
    private static string Fees(IReadOnlyList<ReportFact> facts)
    {
        decimal? F(string key) => facts.FirstOrDefault(f => f.Key == key)?.Value;
        const string Basis = "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），";
        if (F(FeeFacts.NoticeCount) is not { } notices)
        {
            return Basis + "本年度信息处理费收取情况：（暂无数据来源，请填写发出收费通知的件数、金额及实际收取的金额。）";
        }

        var paid = F(FeeFacts.PaidCount) ?? 0m;
        if (notices == 0 && paid == 0)
        {
            return Basis + "本年度未发出信息处理费收费通知，未收取信息处理费。";
        }

        return Basis + $"本年度发出收费通知{N(notices)}件、金额合计{N(F(FeeFacts.NoticeAmount) ?? 0m)}元；" +
            $"申请人缴费{N(paid)}件，实际收取信息处理费共计{N(F(FeeFacts.CollectedAmount) ?? 0m)}元。";
    }

    /// <summary>工作要点落实情况 from the task division, when the year's notice is on the platform.</summary>
    private static string WorkPoints(int year, IReadOnlyList<ReportFact> facts)
    {
        decimal? F(string key) => facts.FirstOrDefault(f => f.Key == key)?.Value;
        if (F(WorkPointFacts.Measures) is not { } measures)
        {
            return "（请补充本年度政务公开工作要点落实情况等其他需要报告的事项。）";
        }

        var done = F(WorkPointFacts.Done) ?? 0m;
        var onTime = F(WorkPointFacts.OnTime) ?? 0m;
        return $"{year}年政务公开工作要点任务分工中，本机关承担任务{N(measures)}项，已完成{N(done)}项，其中按期完成{N(onTime)}项；" +
            "（请补充未完成任务的进展及下一步安排等其他需要报告的事项。）";
    }

    public static string N(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

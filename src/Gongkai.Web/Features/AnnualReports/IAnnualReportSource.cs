namespace Gongkai.Web.Features.AnnualReports;

/// <summary>A feature that knows some of a report's numbers. Every registered source
/// (<c>services.AddScoped&lt;IAnnualReportSource, …&gt;()</c>) is asked for every report; each adds
/// the cells it can compute for the organs and year of the query, naming itself as their source.
/// Cells no source gives are 0 with the source “暂无数据来源”, to be entered as adjustments.
/// <para>Sources to add after merge: the applications feature derives from
/// <see cref="CaseRecordsReportSource"/> (it only has to list its cases and appeals as records);
/// the normative-documents feature adds <c>proactive.item1</c> (rows <c>rules</c>,
/// <c>normativeDocuments</c>; columns <c>issued</c>/<c>repealed</c>/<c>inForce</c> in the 2021
/// template, <c>made</c>/<c>published</c>/<c>totalPublished</c> in 2019).</para></summary>
public interface IAnnualReportSource
{
    /// <summary>Shown to staff as the source of the cells it gives, e.g. “依申请公开办理记录”.</summary>
    string Name { get; }

    Task ContributeAsync(AnnualReportQuery query, ReportFigures figures, CancellationToken ct);
}

using Gongkai.Domain.AnnualReports;
using Gongkai.Web.Features.AnnualReports;

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>The library's part of the annual report: table 二, 第二十条第（一）项, row
/// 行政规范性文件. 规章 stay without a source: a district-level organ makes none (立法法 Art. 93), and
/// a municipal rule an organ drafted is entered as an adjustment with its explanation.</summary>
public sealed class NormativeReportSource(NormativeLibrary library) : IAnnualReportSource
{
    private const string Table = "proactive.item1";
    private const string Row = "normativeDocuments";

    public string Name => "行政规范性文件库";

    public async Task ContributeAsync(AnnualReportQuery query, ReportFigures figures, CancellationToken ct)
    {
        var counts = (await library.AnnualCountsAsync(query.Year, query.OrganizationIds is { Count: 1 } one ? one.First() : null, ct))
            .Where(c => query.Includes(c.OrganizationId))
            .ToList();
        var issued = counts.Sum(c => c.Issued);
        if (query.Template.Version == TemplateVersion.V2021)
        {
            figures.Add(new CellKey(Table, Row, "issued"), issued, Name);
            figures.Add(new CellKey(Table, Row, "repealed"), counts.Sum(c => c.Repealed), Name);
            figures.Add(new CellKey(Table, Row, "inForce"), counts.Sum(c => c.InForceAtYearEnd), Name);
        }
        else
        {
            // The 2019 template asks what was made and newly published in the year; the library
            // publishes each document when it is issued, so both are the year's issued count.
            figures.Add(new CellKey(Table, Row, "made"), issued, Name);
            figures.Add(new CellKey(Table, Row, "published"), issued, Name);
        }
    }
}

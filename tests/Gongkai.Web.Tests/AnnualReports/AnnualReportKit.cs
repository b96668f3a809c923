using System.Text.Json;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Applications;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>Helpers of the annual-report tests: the hand-built expectation of table 三 and reading
/// cells out of the API's JSON.</summary>
public static class AnnualReportKit
{
    private static string ColumnOf(ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "naturalPerson",
        ApplicantKind.Commercial => "commercial",
        ApplicantKind.Research => "research",
        ApplicantKind.Social => "social",
        ApplicantKind.Legal => "legal",
        _ => "otherOrganization",
    };

    /// <summary>Table 三 worked out case by case in the plainest terms: a case is in the year's
    /// table when it was received in the year, or received before and still open on 1 January; it
    /// is closed in the year when its closing date is on or before 31 December.</summary>
    public static Dictionary<(string Row, string Column), int> Expect(IEnumerable<ApplicationCaseRecord> cases, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var expected = new Dictionary<(string, string), int>();
        void Count(string row, string column)
        {
            expected[(row, column)] = expected.GetValueOrDefault((row, column)) + 1;
            expected[(row, "total")] = expected.GetValueOrDefault((row, "total")) + 1;
        }

        foreach (var c in cases)
        {
            var column = ColumnOf(c.Applicant);
            if (c.ReceivedOn >= first && c.ReceivedOn <= last)
            {
                Count("newReceived", column);
            }
            else if (c.ReceivedOn < first && (c.ClosedOn is null || c.ClosedOn >= first))
            {
                Count("carriedOver", column);
            }
            else
            {
                continue;
            }

            if (c.ClosedOn is { } closed && closed <= last)
            {
                Count(year < 2021 && c.OutcomeCode!.StartsWith("other.", StringComparison.Ordinal) ? "other" : c.OutcomeCode!, column);
                Count("total", column);
            }
            else
            {
                Count("carriedForward", column);
            }
        }

        return expected;
    }

    public static JsonElement Table(JsonElement report, string key) =>
        report.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == key);

    /// <summary>Every data cell of a table in the API answer: (row, column) → the cell object.</summary>
    public static Dictionary<(string Row, string Column), JsonElement> Cells(JsonElement report, string table)
    {
        var cells = new Dictionary<(string, string), JsonElement>();
        foreach (var row in Table(report, table).GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("hasData").GetBoolean()))
        {
            foreach (var cell in row.GetProperty("cells").EnumerateObject())
            {
                cells[(row.GetProperty("key").GetString()!, cell.Name)] = cell.Value;
            }
        }

        return cells;
    }
}

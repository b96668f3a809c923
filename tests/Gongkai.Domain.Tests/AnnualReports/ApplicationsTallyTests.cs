using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Applications;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class ApplicationsTallyTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>Ten cases around the turn of 2022/2023/2024, each annotated with where it counts.</summary>
    private static readonly ApplicationCaseRecord[] Cases =
    [
        new(D(2022, 11, 20), D(2023, 1, 5), "granted", ApplicantKind.NaturalPerson),               // 2023: 二, granted
        new(D(2022, 12, 28), null, null, ApplicantKind.NaturalPerson),                             // 2023: 二, 四; 2024: 二, 四
        new(D(2022, 12, 30), D(2022, 12, 31), "granted", ApplicantKind.Commercial),                 // closed in 2022: not in 2023
        new(D(2023, 3, 1), D(2023, 3, 20), "denied.thirdPartyRights", ApplicantKind.Commercial),   // 2023: 一, denied.thirdPartyRights
        new(D(2023, 12, 25), D(2024, 1, 10), "granted", ApplicantKind.Research),                   // 2023: 一, 四; 2024: 二, granted
        new(D(2023, 6, 1), D(2023, 6, 15), "other.feeUnpaid", ApplicantKind.Legal),                // 2023: 一, other.feeUnpaid
        new(D(2023, 5, 5), D(2023, 5, 6), "unable.notHeld", ApplicantKind.NaturalPerson),          // 2023: 一, unable.notHeld
        new(D(2023, 7, 7), D(2023, 7, 8), "partlyGranted", ApplicantKind.NaturalPerson),           // 2023: 一, partlyGranted
        new(D(2024, 1, 2), null, null, ApplicantKind.Social),                                      // 2024: 一, 四
        new(D(2021, 12, 30), D(2023, 2, 1), "notProcessed.repeat", ApplicantKind.OtherOrganization), // 2023: 二, notProcessed.repeat
    ];

    private static Dictionary<CellKey, decimal> Tally(int year, IEnumerable<ApplicationCaseRecord> cases)
    {
        var tally = new ApplicationsTally(year, ReportTemplates.For(year));
        foreach (var c in cases)
        {
            tally.Add(c);
        }

        var cells = new Dictionary<CellKey, decimal>();
        tally.WriteTo(cells);
        return cells;
    }

    private static void AssertTable(int year, IReadOnlyDictionary<CellKey, decimal> actual, params (string Row, string Column, int Value)[] nonZero)
    {
        var expected = nonZero.ToDictionary(e => new CellKey("applications", e.Row, e.Column), e => (decimal)e.Value);
        foreach (var cell in ReportTemplates.For(year).Table("applications").Cells)
        {
            Assert.True(expected.GetValueOrDefault(cell) == actual[cell], $"{cell}: expected {expected.GetValueOrDefault(cell)}, got {actual[cell]}");
        }

        Assert.All(expected.Keys, k => Assert.Contains(k, actual.Keys));
    }

    [Fact]
    public void Table_three_for_2023_counts_new_carried_over_outcomes_and_carried_forward_cell_by_cell()
    {
        AssertTable(2023, Tally(2023, Cases),
            ("newReceived", "naturalPerson", 2), ("newReceived", "commercial", 1), ("newReceived", "research", 1), ("newReceived", "legal", 1), ("newReceived", "total", 5),
            ("carriedOver", "naturalPerson", 2), ("carriedOver", "otherOrganization", 1), ("carriedOver", "total", 3),
            ("granted", "naturalPerson", 1), ("granted", "total", 1),
            ("partlyGranted", "naturalPerson", 1), ("partlyGranted", "total", 1),
            ("denied.thirdPartyRights", "commercial", 1), ("denied.thirdPartyRights", "total", 1),
            ("unable.notHeld", "naturalPerson", 1), ("unable.notHeld", "total", 1),
            ("notProcessed.repeat", "otherOrganization", 1), ("notProcessed.repeat", "total", 1),
            ("other.feeUnpaid", "legal", 1), ("other.feeUnpaid", "total", 1),
            ("total", "naturalPerson", 3), ("total", "commercial", 1), ("total", "legal", 1), ("total", "otherOrganization", 1), ("total", "total", 6),
            ("carriedForward", "naturalPerson", 1), ("carriedForward", "research", 1), ("carriedForward", "total", 2));
    }

    [Fact]
    public void What_2023_carries_forward_is_what_2024_carries_over()
    {
        var y2023 = Tally(2023, Cases);
        var y2024 = Tally(2024, Cases);
        AssertTable(2024, y2024,
            ("newReceived", "social", 1), ("newReceived", "total", 1),
            ("carriedOver", "naturalPerson", 1), ("carriedOver", "research", 1), ("carriedOver", "total", 2),
            ("granted", "research", 1), ("granted", "total", 1),
            ("total", "research", 1), ("total", "total", 1),
            ("carriedForward", "naturalPerson", 1), ("carriedForward", "social", 1), ("carriedForward", "total", 2));
        foreach (var column in ReportTemplates.V2021.Table("applications").Columns)
        {
            Assert.Equal(y2023[new("applications", "carriedForward", column.Key)], y2024[new("applications", "carriedOver", column.Key)]);
        }
    }

    [Fact]
    public void In_the_2019_template_the_three_other_handling_outcomes_count_in_one_row()
    {
        var cells = Tally(2020, [
            new(D(2020, 3, 1), D(2020, 3, 9), "other.noCorrection", ApplicantKind.NaturalPerson),
            new(D(2020, 4, 1), D(2020, 4, 9), "other.feeUnpaid", ApplicantKind.NaturalPerson),
            new(D(2020, 5, 1), D(2020, 5, 9), "other.other", ApplicantKind.Legal),
        ]);
        AssertTable(2020, cells,
            ("newReceived", "naturalPerson", 2), ("newReceived", "legal", 1), ("newReceived", "total", 3),
            ("other", "naturalPerson", 2), ("other", "legal", 1), ("other", "total", 3),
            ("total", "naturalPerson", 2), ("total", "legal", 1), ("total", "total", 3));
        Assert.DoesNotContain(new CellKey("applications", "other.feeUnpaid", "total"), cells.Keys);
    }

    [Fact]
    public void A_grouped_record_counts_as_many_cases_as_it_stands_for()
    {
        // A source that groups alike cases in SQL gives one record with a count: same table as one record per case.
        var grouped = Cases.Select(c => c with { Count = 4 }).ToList();
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            var single = Tally(year, Cases);
            Assert.Equal(single.ToDictionary(c => c.Key, c => c.Value * 4), Tally(year, grouped));
        }
    }

    [Fact]
    public void A_closed_case_without_a_known_outcome_is_counted_under_other_and_reported()
    {
        var tally = new ApplicationsTally(2023, ReportTemplates.V2021);
        tally.Add(new(D(2023, 3, 1), D(2023, 3, 2), "no.such.code", ApplicantKind.NaturalPerson));
        var cells = new Dictionary<CellKey, decimal>();
        tally.WriteTo(cells);
        Assert.Equal(1, tally.Unclassified);
        Assert.Equal(1, cells[new("applications", "other.other", "naturalPerson")]);
    }

    [Fact]
    public void Generated_cases_over_seven_years_always_balance_and_carry_over_from_year_to_year()
    {
        var random = new Random(20261127);
        var cases = Enumerable.Range(0, 5000).Select(_ =>
        {
            var received = D(2019, 1, 1).AddDays(random.Next(7 * 365));
            var open = random.Next(10) == 0;
            var closed = open ? (DateOnly?)null : received.AddDays(random.Next(60));
            var code = ApplicationsTableKeys.OutcomeCodes[random.Next(ApplicationsTableKeys.OutcomeCodes.Count)];
            return new ApplicationCaseRecord(received, closed, open ? null : code, (ApplicantKind)random.Next(6));
        }).ToList();
        Dictionary<CellKey, decimal>? previous = null;
        for (var year = 2019; year <= 2025; year++)
        {
            var cells = Tally(year, cases);
            Assert.All(ReportChecks.Run(ReportTemplates.For(year), cells), r => Assert.True(r.Passed, $"{year} {r.Code}"));
            var expectedNew = cases.Count(c => c.ReceivedOn.Year == year);
            Assert.Equal(expectedNew, cells[new("applications", "newReceived", "total")]);
            if (previous is not null)
            {
                foreach (var column in ApplicationsTableKeys.ApplicantColumns.Append("total"))
                {
                    Assert.Equal(previous[new("applications", "carriedForward", column)], cells[new("applications", "carriedOver", column)]);
                }
            }

            previous = cells;
        }
    }

    [Fact]
    public void Table_four_counts_appeals_filed_in_the_year_by_their_result_at_year_end()
    {
        var tally = new AppealsTally(2023);
        tally.Add(new(AppealKind.Reconsideration, D(2023, 2, 1), D(2023, 4, 1), AppealResult.Upheld));
        tally.Add(new(AppealKind.Reconsideration, D(2023, 3, 1), D(2023, 5, 1), AppealResult.Corrected));
        tally.Add(new(AppealKind.Reconsideration, D(2023, 11, 1), D(2024, 2, 1), AppealResult.Upheld)); // decided after year end: pending
        tally.Add(new(AppealKind.DirectSuit, D(2023, 6, 1), null, AppealResult.Pending));
        tally.Add(new(AppealKind.SuitAfterReconsideration, D(2023, 7, 1), D(2023, 9, 1), AppealResult.Other));
        tally.Add(new(AppealKind.DirectSuit, D(2022, 6, 1), D(2023, 1, 5), AppealResult.Upheld)); // filed in 2022: not counted
        var cells = new Dictionary<CellKey, decimal>();
        tally.WriteTo(cells);
        decimal V(string column) => cells[new("appeals", "cases", column)];
        Assert.Equal([1m, 1m, 0m, 1m, 3m], new[] { "upheld", "corrected", "other", "pending", "total" }.Select(r => V("reconsideration." + r)));
        Assert.Equal([0m, 0m, 0m, 1m, 1m], new[] { "upheld", "corrected", "other", "pending", "total" }.Select(r => V("directSuit." + r)));
        Assert.Equal([0m, 0m, 1m, 0m, 1m], new[] { "upheld", "corrected", "other", "pending", "total" }.Select(r => V("suitAfterReconsideration." + r)));
    }
}

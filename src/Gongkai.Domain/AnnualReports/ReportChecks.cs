using System.Globalization;
using Gongkai.Domain.Applications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>The identities a report must satisfy before publication (REGULATIONS.md §3.3–3.4),
/// each returning the cells that break it. Values are the final ones (computed + adjustment);
/// a cell missing from <c>values</c> is 0.</summary>
public static class ReportChecks
{
    public const string Balance = "applications.balance";
    public const string ApplicantTotal = "applications.applicantTotal";
    public const string OutcomeTotal = "applications.outcomeTotal";
    public const string AppealTotals = "appeals.groupTotal";
    public const string Narrative = "narrative.numbers";

    public static IReadOnlyList<CheckResult> Run(ReportTemplate template, IReadOnlyDictionary<CellKey, decimal> values,
        IReadOnlyDictionary<string, string>? narratives = null)
    {
        decimal V(CellKey k) => values.TryGetValue(k, out var v) ? v : 0m;
        var table = template.Table(ApplicationsTableKeys.Table);
        CellKey A(string row, string column) => new(ApplicationsTableKeys.Table, row, column);
        var columns = table.Columns.Select(c => c.Key).ToList();
        var outcomes = ReportTemplates.OutcomeRows(template).ToList();

        var balance = new List<CheckFailure>();
        var outcomeTotal = new List<CheckFailure>();
        foreach (var column in columns)
        {
            var label = table.Columns.First(c => c.Key == column).Label;
            CellKey[] cells = [A(ApplicationsTableKeys.NewReceived, column), A(ApplicationsTableKeys.CarriedOver, column),
                A(ApplicationsTableKeys.Total, column), A(ApplicationsTableKeys.CarriedForward, column)];
            var left = V(cells[0]) + V(cells[1]);
            var right = V(cells[2]) + V(cells[3]);
            if (left != right)
            {
                balance.Add(new($"“{label}”列：一（{N(V(cells[0]))}）+ 二（{N(V(cells[1]))}）= {N(left)}，而（七）总计（{N(V(cells[2]))}）+ 四（{N(V(cells[3]))}）= {N(right)}。", cells));
            }

            var sum = outcomes.Sum(r => V(A(r, column)));
            if (sum != V(A(ApplicationsTableKeys.Total, column)))
            {
                outcomeTotal.Add(new($"“{label}”列：（七）总计为 {N(V(A(ApplicationsTableKeys.Total, column)))}，各办理结果之和为 {N(sum)}。",
                    [A(ApplicationsTableKeys.Total, column), .. outcomes.Select(r => A(r, column))]));
            }
        }

        var applicantTotal = new List<CheckFailure>();
        foreach (var row in table.DataRows)
        {
            var sum = ApplicationsTableKeys.ApplicantColumns.Sum(c => V(A(row.Key, c)));
            var total = V(A(row.Key, ApplicationsTableKeys.TotalColumn));
            if (sum != total)
            {
                applicantTotal.Add(new($"“{row.Label}”行：总计为 {N(total)}，自然人与法人或其他组织各列之和为 {N(sum)}。",
                    [A(row.Key, ApplicationsTableKeys.TotalColumn), .. ApplicationsTableKeys.ApplicantColumns.Select(c => A(row.Key, c))]));
            }
        }

        var appeals = new List<CheckFailure>();
        foreach (var kind in Enum.GetValues<AppealKind>())
        {
            var totalCell = new CellKey(AppealsTableKeys.Table, AppealsTableKeys.Row, AppealsTableKeys.TotalColumn(kind));
            var parts = Enum.GetValues<AppealResult>().Select(r => new CellKey(AppealsTableKeys.Table, AppealsTableKeys.Row, AppealsTableKeys.Column(kind, r))).ToList();
            var sum = parts.Sum(V);
            if (sum != V(totalCell))
            {
                appeals.Add(new($"“{AppealsTableKeys.Groups[(int)kind].Label}”：总计为 {N(V(totalCell))}，四项结果之和为 {N(sum)}。", [totalCell, .. parts]));
            }
        }

        var narrative = new List<CheckFailure>();
        foreach (var section in template.Sections.Where(s => s.IsNarrative))
        {
            if (narratives?.GetValueOrDefault(section.Key) is not { Length: > 0 } text)
            {
                continue;
            }

            foreach (var (phrase, quoted, found) in NarrativeNumbers.Find(text))
            {
                var actual = phrase.Cells.Sum(V);
                if (actual != quoted)
                {
                    narrative.Add(new($"{section.Number}、正文“{found}”与表格不符：{phrase.Name}为 {N(actual)}。", phrase.Cells, section.Key));
                }
            }
        }

        return
        [
            new(Balance, "各列：第一项 + 第二项 = 第三项（七）总计 + 第四项", balance),
            new(ApplicantTotal, "各行：总计 = 自然人 + 法人或其他组织各项", applicantTotal),
            new(OutcomeTotal, "（七）总计 = 各项办理结果之和", outcomeTotal),
            new(AppealTotals, "表四：各组总计 = 维持 + 纠正 + 其他 + 尚未审结", appeals),
            new(Narrative, "正文引用的数字与表格一致", narrative),
        ];
    }

    private static string N(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

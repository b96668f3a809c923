namespace Gongkai.Domain.AnnualReports;

/// <summary>Counts table 三 for one report year from case records, one at a time, so that a source
/// can stream millions of cases (or pre-grouped records, <see cref="ApplicationCaseRecord.Count"/>) without holding them.
/// <para>For year Y a case counts as: received in Y → 一 新收; received earlier and not closed before
/// Y → 二 上年结转; closed in Y → its outcome row and （七）总计; not closed by the end of Y → 四 结转下年度.
/// Every case that counts in 一 or 二 counts in exactly one of 三 or 四, so the column identity holds
/// by construction; adjustments are what can break it.</para></summary>
public sealed class ApplicationsTally
{
    private readonly int year;
    private readonly TemplateVersion version;
    private readonly Dictionary<string, int> outcomeIndex;
    private readonly string[] rowKeys;
    private readonly long[,] counts;
    private readonly int newReceived;
    private readonly int carriedOver;
    private readonly int total;
    private readonly int carriedForward;
    private readonly int fallback;

    public ApplicationsTally(int year, ReportTemplate template)
    {
        this.year = year;
        version = template.Version;
        rowKeys = template.Table(ApplicationsTableKeys.Table).DataRows.Select(r => r.Key).ToArray();
        counts = new long[rowKeys.Length, ApplicationsTableKeys.ApplicantColumns.Count];
        int Index(string key) => Array.IndexOf(rowKeys, key);
        newReceived = Index(ApplicationsTableKeys.NewReceived);
        carriedOver = Index(ApplicationsTableKeys.CarriedOver);
        total = Index(ApplicationsTableKeys.Total);
        carriedForward = Index(ApplicationsTableKeys.CarriedForward);
        fallback = Index(ApplicationsTableKeys.RowOf("other.other", version)!);
        outcomeIndex = ApplicationsTableKeys.OutcomeCodes.ToDictionary(c => c, c => Index(ApplicationsTableKeys.RowOf(c, version)!), StringComparer.Ordinal);
    }

    /// <summary>Closed cases whose outcome code was missing or unknown; counted under 其他 so the
    /// table still balances, and reported so someone can classify them.</summary>
    public long Unclassified { get; private set; }

    public void Add(in ApplicationCaseRecord record)
    {
        var count = record.Count;
        if (record.ReceivedOn.Year > year || record.ClosedOn is { } closedBefore && closedBefore.Year < year)
        {
            return;
        }

        var column = (int)record.Applicant;
        counts[record.ReceivedOn.Year == year ? newReceived : carriedOver, column] += count;
        if (record.ClosedOn is { } closed && closed.Year == year)
        {
            int row;
            if (record.OutcomeCode is null || !outcomeIndex.TryGetValue(record.OutcomeCode, out row))
            {
                row = fallback;
                Unclassified += count;
            }

            counts[row, column] += count;
            counts[total, column] += count;
        }
        else
        {
            counts[carriedForward, column] += count;
        }
    }

    /// <summary>Writes every cell of table 三, the 总计 column included.</summary>
    public void WriteTo(IDictionary<CellKey, decimal> cells)
    {
        var columns = ApplicationsTableKeys.ApplicantColumns;
        for (var r = 0; r < rowKeys.Length; r++)
        {
            long sum = 0;
            for (var c = 0; c < columns.Count; c++)
            {
                cells[new CellKey(ApplicationsTableKeys.Table, rowKeys[r], columns[c])] = counts[r, c];
                sum += counts[r, c];
            }

            cells[new CellKey(ApplicationsTableKeys.Table, rowKeys[r], ApplicationsTableKeys.TotalColumn)] = sum;
        }
    }

    public TemplateVersion Version => version;
}

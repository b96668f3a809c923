namespace Gongkai.Domain.ServiceCases;

/// <summary>Reads case records from the cells of an exported sheet: the header row (found within
/// the first rows, titles above it are skipped) names the columns in Chinese, in any order; extra
/// columns are ignored. Each data row becomes a record or a list of problems naming the row as
/// Excel numbers it.</summary>
public static class ServiceCaseSheet
{
    public const int HeaderSearchRows = 10;
    public const int MaxRows = 50_000;

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["办件编号"] = Number,
        ["办件号"] = Number,
        ["受理编号"] = Number,
        ["事项编码"] = ItemCode,
        ["事项名称"] = ItemName,
        ["办理机关"] = Organ,
        ["受理机关"] = Organ,
        ["实施机关"] = Organ,
        ["申请人"] = Applicant,
        ["申请人名称"] = Applicant,
        ["申请人姓名"] = Applicant,
        ["联系电话"] = Phone,
        ["手机号码"] = Phone,
        ["申请人电话"] = Phone,
        ["证件号码"] = IdNumber,
        ["身份证号码"] = IdNumber,
        ["申请人证件号码"] = IdNumber,
        ["受理日期"] = AcceptedOn,
        ["受理时间"] = AcceptedOn,
        ["当前环节"] = CurrentStep,
        ["办理环节记录"] = Steps,
        ["环节记录"] = Steps,
        ["承诺办结日期"] = PromisedOn,
        ["承诺办结时间"] = PromisedOn,
        ["办结日期"] = FinishedOn,
        ["办结时间"] = FinishedOn,
        ["办理结果"] = Result,
    };

    private const string Number = "办件编号";
    private const string ItemCode = "事项编码";
    private const string ItemName = "事项名称";
    private const string Organ = "办理机关";
    private const string Applicant = "申请人";
    private const string Phone = "联系电话";
    private const string IdNumber = "证件号码";
    private const string AcceptedOn = "受理日期";
    private const string CurrentStep = "当前环节";
    private const string Steps = "办理环节记录";
    private const string PromisedOn = "承诺办结日期";
    private const string FinishedOn = "办结日期";
    private const string Result = "办理结果";

    public static readonly IReadOnlyList<string> Required = [Number, ItemCode, ItemName, Organ, Applicant, AcceptedOn, PromisedOn];

    public static readonly IReadOnlyList<string> Headers = [Number, ItemCode, ItemName, Organ, Applicant, Phone, IdNumber, AcceptedOn, CurrentStep, Steps, PromisedOn, FinishedOn, Result];

    public static ServiceCaseSheetResult Read(IReadOnlyList<IReadOnlyList<string?>> cells)
    {
        var headerIndex = -1;
        List<string?> columns = [];
        for (var i = 0; i < Math.Min(cells.Count, HeaderSearchRows); i++)
        {
            columns = cells[i].Select(c => c is null ? null : Aliases.GetValueOrDefault(c.Trim().Replace(" ", "", StringComparison.Ordinal))).ToList();
            if (columns.Contains(Number))
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            return new([], $"没有找到表头：前 {HeaderSearchRows} 行中没有“办件编号”列。表头应包括：{string.Join("、", Headers)}。");
        }

        var missing = Required.Where(r => !columns.Contains(r)).ToList();
        if (!columns.Contains(Phone) && !columns.Contains(IdNumber))
        {
            missing.Add("联系电话或证件号码");
        }

        if (missing.Count > 0)
        {
            return new([], $"第 {headerIndex + 1} 行表头缺少列：{string.Join("、", missing)}。");
        }

        if (cells.Count - headerIndex - 1 > MaxRows)
        {
            return new([], $"一次最多导入 {MaxRows} 行，请分批导入。");
        }

        var rows = new List<ServiceCaseSheetRow>();
        for (var i = headerIndex + 1; i < cells.Count; i++)
        {
            var row = cells[i];
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string? Cell(string name)
            {
                var c = columns.IndexOf(name);
                return c >= 0 && c < row.Count && !string.IsNullOrWhiteSpace(row[c]) ? row[c]!.Trim() : null;
            }

            var errors = new List<string>();
            DateOnly? Date(string name)
            {
                var d = Publications.ImportCells.ParseDate(Cell(name), name, out var error);
                if (error is not null)
                {
                    errors.Add(error);
                }

                return d;
            }

            var (steps, stepError) = ServiceCaseRules.ParseSteps(Cell(Steps));
            if (stepError is not null)
            {
                errors.Add(stepError);
            }

            var record = new ServiceCaseRecord
            {
                Number = ServiceCaseRules.NormalizeNumber(Cell(Number)),
                ItemCode = Cell(ItemCode) ?? "",
                ItemName = Cell(ItemName) ?? "",
                Organization = Cell(Organ) ?? "",
                Applicant = Cell(Applicant),
                Phone = Cell(Phone),
                IdNumber = Cell(IdNumber),
                AcceptedOn = Date(AcceptedOn),
                CurrentStep = Cell(CurrentStep),
                Steps = steps,
                PromisedOn = Date(PromisedOn),
                FinishedOn = Date(FinishedOn),
                Result = Cell(Result),
            };
            if (errors.Count == 0)
            {
                errors.AddRange(ServiceCaseRules.Check(record));
            }

            rows.Add(new ServiceCaseSheetRow(i + 1, errors.Count == 0 ? record : null, errors));
        }

        return new(rows, rows.Count == 0 ? "表格中没有办件数据。" : null);
    }
}

/// <summary>One data row: its number as the sheet shows it, the record (null when it has problems)
/// and the problems.</summary>
public sealed record ServiceCaseSheetRow(int Row, ServiceCaseRecord? Record, IReadOnlyList<string> Errors)
{
    public bool Ok => Errors.Count == 0;
}

public sealed record ServiceCaseSheetResult(IReadOnlyList<ServiceCaseSheetRow> Rows, string? Error);

using System.Globalization;
using Gongkai.Domain.Organizations;
using Gongkai.Domain.Privacy;

namespace Gongkai.Domain.Enforcement;

/// <summary>Reads and checks enforcement decisions: a sheet (a title row or two, then a header row
/// with the Chinese column names in any order) or one decision's cells from the API. Every problem
/// is a Chinese message naming the row and column; the caller saves nothing when any row fails.</summary>
public static class EnforcementDecisionReader
{
    public const int HeaderSearchRows = 20;
    public const int MaxRows = 20_000;
    public const int MaxTextLength = 4000;
    public const int MaxShortLength = 300;

    /// <summary><paramref name="cells"/>: the sheet's rows from row 1, blank rows included.</summary>
    public static (IReadOnlyList<EnforcementRow> Rows, string? Error) Read(IReadOnlyList<IReadOnlyList<string?>> cells, DateOnly today)
    {
        var headerIndex = -1;
        for (var i = 0; i < Math.Min(cells.Count, HeaderSearchRows); i++)
        {
            if (cells[i].Select(EnforcementColumns.Match).Where(m => m is not null).Distinct().Count() >= 3)
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            return ([], $"没有找到表头：前 {Math.Min(cells.Count, HeaderSearchRows)} 行中没有“{EnforcementColumns.Category}”“{EnforcementColumns.DocumentNumber}”等列名。表头应包括：{string.Join("、", EnforcementColumns.Required)}。");
        }

        var columns = cells[headerIndex].Select(EnforcementColumns.Match).ToList();
        var missing = EnforcementColumns.Required.Where(r => !columns.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            return ([], $"第 {headerIndex + 1} 行表头缺少列：{string.Join("、", missing)}。");
        }

        var rows = new List<(int, Dictionary<string, string?>)>();
        for (var i = headerIndex + 1; i < cells.Count; i++)
        {
            if (cells[i].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = new Dictionary<string, string?>();
            for (var c = 0; c < Math.Min(columns.Count, cells[i].Count); c++)
            {
                if (columns[c] is { } name && !row.ContainsKey(name))
                {
                    row[name] = cells[i][c];
                }
            }

            rows.Add((i + 1, row));
        }

        if (rows.Count == 0)
        {
            return ([], "表头下没有任何执法决定。");
        }

        if (rows.Count > MaxRows)
        {
            return ([], $"一次最多导入 {MaxRows:N0} 条执法决定。");
        }

        return (rows.Select(r => Check(r.Item1, r.Item2, today)).ToList(), null);
    }

    /// <summary>Checks one decision's cells (keys: <see cref="EnforcementColumns"/>).</summary>
    public static EnforcementRow Check(int row, IReadOnlyDictionary<string, string?> cells, DateOnly today)
    {
        var errors = new List<string>();
        string? Cell(string column) => cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        void Error(string column, string message) => errors.Add($"第 {row} 行“{column}”列：{message}");
        string Text(string column, int max, bool required = true)
        {
            var value = Cell(column);
            if (value is null)
            {
                if (required)
                {
                    Error(column, "不能为空。");
                }

                return "";
            }

            if (value.Length > max)
            {
                Error(column, $"不能超过 {max} 字（现为 {value.Length} 字）。");
            }

            return value;
        }

        var category = EnforcementCategories.Parse(Cell(EnforcementColumns.Category));
        if (category is null)
        {
            Error(EnforcementColumns.Category, Cell(EnforcementColumns.Category) is { } c
                ? $"“{c}”不是执法类别，应为 {EnforcementCategories.NameList} 之一。"
                : $"不能为空，应为 {EnforcementCategories.NameList} 之一。");
        }

        var documentNumber = Text(EnforcementColumns.DocumentNumber, MaxShortLength);
        var partyKind = PartyKinds.Parse(Cell(EnforcementColumns.PartyKind));
        if (partyKind is null)
        {
            Error(EnforcementColumns.PartyKind, $"应为 自然人、法人 或 其他组织（现为“{Cell(EnforcementColumns.PartyKind)}”）。");
        }

        var partyName = Text(EnforcementColumns.PartyName, MaxShortLength);
        string? idNumber = null;
        if (Cell(EnforcementColumns.IdNumber) is { } id)
        {
            if (partyKind is not PartyKind.NaturalPerson)
            {
                Error(EnforcementColumns.IdNumber, "只有自然人填写身份证号码；法人和其他组织填写统一社会信用代码。");
            }
            else if (ResidentIdNumber.Validate(id, today) is { IsValid: false } check)
            {
                Error(EnforcementColumns.IdNumber, check.Reason + "。");
            }
            else
            {
                idNumber = ResidentIdNumber.TryParse(id, out var parsed) ? parsed.Value : null;
            }
        }

        string? creditCode = null;
        if (Cell(EnforcementColumns.CreditCode) is { } code)
        {
            if (CreditCode.Validate(code) is { IsValid: false } check)
            {
                Error(EnforcementColumns.CreditCode, $"{check.Reason}（“{code}”）。");
            }
            else
            {
                creditCode = CreditCode.Normalize(code);
            }
        }
        else if (partyKind == PartyKind.LegalPerson)
        {
            Error(EnforcementColumns.CreditCode, "法人须填写统一社会信用代码。");
        }

        var matter = Text(EnforcementColumns.Matter, MaxShortLength);
        var facts = Text(EnforcementColumns.Facts, MaxTextLength);
        var basis = Text(EnforcementColumns.Basis, MaxTextLength);
        var result = Text(EnforcementColumns.Result, MaxTextLength);

        decimal? fine = null;
        if (Cell(EnforcementColumns.FineAmount) is { } amount)
        {
            if (decimal.TryParse(amount.Replace(",", "", StringComparison.Ordinal).Replace("元", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                fine = Math.Round(value, 2);
            }
            else
            {
                Error(EnforcementColumns.FineAmount, $"“{amount}”不是金额（如 5000 或 5000.00）。");
            }
        }

        var decidedOn = Date(EnforcementColumns.DecidedOn, required: true);
        if (decidedOn is { } d && d > today)
        {
            Error(EnforcementColumns.DecidedOn, $"{d:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}），决定日期不能在将来。");
        }

        var validFrom = Date(EnforcementColumns.ValidFrom, required: false);
        var validUntil = Date(EnforcementColumns.ValidUntil, required: false);
        if (validFrom is { } from && validUntil is { } until && until < from)
        {
            Error(EnforcementColumns.ValidUntil, "有效期截止日早于起始日。");
        }

        var simple = Flag(EnforcementColumns.SimpleProcedure);
        var isProtected = Flag(EnforcementColumns.Protected);
        if (simple && category is not (null or EnforcementCategory.Penalty))
        {
            Error(EnforcementColumns.SimpleProcedure, "只有行政处罚有简易程序。");
        }

        if (errors.Count > 0 || category is null || partyKind is null || decidedOn is null)
        {
            return new EnforcementRow(row, null, errors);
        }

        return new EnforcementRow(row, new EnforcementDecisionFields
        {
            Category = category.Value,
            DocumentNumber = documentNumber,
            PartyKind = partyKind.Value,
            PartyName = partyName,
            IdNumber = idNumber,
            CreditCode = creditCode,
            Matter = matter,
            Facts = facts,
            Basis = basis,
            Result = result,
            FineAmount = fine,
            DecidedOn = decidedOn.Value,
            ValidFrom = validFrom,
            ValidUntil = validUntil,
            SimpleProcedure = simple,
            Protected = isProtected,
        }, []);

        DateOnly? Date(string column, bool required)
        {
            var value = Cell(column);
            if (value is null)
            {
                if (required)
                {
                    Error(column, "不能为空（yyyy-MM-dd）。");
                }

                return null;
            }

            if (ParseDate(value) is { } date)
            {
                return date;
            }

            Error(column, $"“{value}”不是日期（如 2020-09-28）。");
            return null;
        }

        bool Flag(string column)
        {
            var value = Cell(column);
            if (value is null or "否" or "false" or "0" or "N")
            {
                return false;
            }

            if (value is "是" or "true" or "1" or "Y")
            {
                return true;
            }

            Error(column, $"应填“是”或“否”（现为“{value}”）。");
            return false;
        }
    }

    /// <summary>2020-09-28, 2020/9/28, 2020.9.28 or 2020年9月28日 (as organs type dates).</summary>
    public static DateOnly? ParseDate(string text)
    {
        var value = text.Trim().Replace("年", "-", StringComparison.Ordinal).Replace("月", "-", StringComparison.Ordinal)
            .Replace("日", "", StringComparison.Ordinal).Replace('/', '-').Replace('.', '-');
        if (value.Length > 10 && value[10] == ' ')
        {
            value = value[..10];
        }

        return DateOnly.TryParseExact(value, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}

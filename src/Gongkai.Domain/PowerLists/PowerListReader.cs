namespace Gongkai.Domain.PowerLists;

/// <summary>Reads a 权责清单 from the cells of a sheet, as organs keep it: a title row or two, blank
/// rows, then a header row with the Chinese column names in any order (extra columns ignored), or a
/// two-row header where merged cells group columns (实施主体 over 实施机关/承办机构). Every row is
/// checked (<see cref="Check"/>); the result names each problem's row and column.</summary>
public static class PowerListReader
{
    /// <summary>How far down a header row is looked for: titles and notes above it are short.</summary>
    public const int HeaderSearchRows = 20;

    public const int MaxRows = 20_000;

    public const int MaxTextLength = 4000;

    public const int MaxNameLength = 300;

    /// <summary><paramref name="cells"/>: the sheet's rows from row 1, blank rows included.</summary>
    public static PowerListSheet Read(IReadOnlyList<IReadOnlyList<string?>> cells)
    {
        var headerIndex = -1;
        for (var i = 0; i < Math.Min(cells.Count, HeaderSearchRows); i++)
        {
            if (cells[i].Select(PowerListColumns.Match).Where(m => m is not null).Distinct().Count() >= 2)
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            return new([], $"没有找到表头：前 {Math.Min(cells.Count, HeaderSearchRows)} 行中没有“{PowerListColumns.Name}”“{PowerListColumns.Type}”等列名，这个文件不像权责清单。表头应包括：{string.Join("、", PowerListColumns.Headers)}。");
        }

        var columns = cells[headerIndex].Select(PowerListColumns.Match).ToList();
        var firstData = headerIndex + 1;

        // A second header row under merged cells: its names win where it has them.
        if (firstData < cells.Count && cells[firstData].Select(PowerListColumns.Match).Any(m => m is not null && !columns.Contains(m)))
        {
            var lower = cells[firstData].Select(PowerListColumns.Match).ToList();
            var width = Math.Max(columns.Count, lower.Count);
            columns = Enumerable.Range(0, width)
                .Select(c => (c < lower.Count ? lower[c] : null) ?? (c < columns.Count ? columns[c] : null))
                .ToList();
            firstData++;
        }

        // A name used twice (a merged header filled into both cells): the first column keeps it.
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c] is { } name && columns.IndexOf(name) != c)
            {
                columns[c] = null;
            }
        }

        var headerRow = headerIndex + 1;
        var missing = PowerListColumns.Required.Where(r => !columns.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            return new([], $"第 {headerRow} 行是表头，但缺少{string.Join("、", missing.Select(m => $"“{m}”"))}列，这个文件不像权责清单。表头应包括：{string.Join("、", PowerListColumns.Headers)}。");
        }

        var raw = new List<(int Row, Dictionary<string, string?> Values)>();
        for (var i = firstData; i < cells.Count; i++)
        {
            var values = new Dictionary<string, string?>();
            for (var c = 0; c < columns.Count && c < cells[i].Count; c++)
            {
                if (columns[c] is { } name)
                {
                    values[name] = cells[i][c];
                }
            }

            if (values.Values.All(string.IsNullOrWhiteSpace) || values.All(v => PowerListColumns.Match(v.Value) == v.Key))
            {
                // Blank rows, and the header repeated on each printed page.
                continue;
            }

            if (raw.Count == MaxRows)
            {
                return new([], $"一次最多导入 {MaxRows:N0} 行，本文件更多，请拆分后分批导入。");
            }

            raw.Add((i + 1, values));
        }

        return raw.Count == 0
            ? new([], $"第 {headerRow} 行是表头，但下面没有任何事项。")
            : new(Check(raw), null);
    }

    /// <summary>Checks rows given as column name → text (from a sheet, or the API's JSON items):
    /// required cells, 权力类型, a 设定依据 that names a law, and 事项编码 unique within the list.</summary>
    public static IReadOnlyList<PowerListRow> Check(IReadOnlyList<(int Row, Dictionary<string, string?> Values)> rows)
    {
        var result = new List<PowerListRow>();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, values) in rows)
        {
            var errors = new List<string>();
            string? Text(string column, int max)
            {
                var text = values.TryGetValue(column, out var v) ? v?.Trim() : null;
                if (text is { Length: > 0 } && text.Length > max)
                {
                    errors.Add($"第 {row} 行“{column}”列：不能超过 {max} 字（现有 {text.Length} 字）。");
                }

                return string.IsNullOrEmpty(text) ? null : text;
            }

            var code = PowerItemCode.Normalize(Text(PowerListColumns.Code, PowerItemCode.MaxLength));
            var name = Text(PowerListColumns.Name, MaxNameLength);
            var typeText = Text(PowerListColumns.Type, 50);
            var basis = Text(PowerListColumns.Basis, MaxTextLength);
            if (code.Length == 0)
            {
                errors.Add($"第 {row} 行“{PowerListColumns.Code}”列：不能为空。");
            }
            else if (codes.TryGetValue(code, out var earlier))
            {
                errors.Add($"第 {row} 行“{PowerListColumns.Code}”列：编码 {code} 与第 {earlier} 行重复，同一机关的事项编码不能重复。");
            }
            else
            {
                codes[code] = row;
            }

            if (name is null)
            {
                errors.Add($"第 {row} 行“{PowerListColumns.Name}”列：不能为空。");
            }

            var type = PowerTypes.Parse(typeText);
            if (typeText is null)
            {
                errors.Add($"第 {row} 行“{PowerListColumns.Type}”列：不能为空。");
            }
            else if (type is null)
            {
                errors.Add($"第 {row} 行“{PowerListColumns.Type}”列：“{typeText}”不是权力类型，应为 {PowerTypes.NameList} 之一。");
            }

            if (basis is null)
            {
                errors.Add($"第 {row} 行“{PowerListColumns.Basis}”列：不能为空，请写明法律法规名称及条款。");
            }
            else if (VagueBasis.IsVague(basis))
            {
                errors.Add($"第 {row} 行“{PowerListColumns.Basis}”列：“{basis}”过于笼统，请写明具体的法律法规名称及条款（如《中华人民共和国行政许可法》第十二条）。");
            }

            var item = new PowerItemFields
            {
                Code = code,
                Name = name ?? "",
                SubItem = Text(PowerListColumns.SubItem, MaxNameLength),
                Type = type ?? PowerType.Other,
                Basis = basis ?? "",
                Subject = Text(PowerListColumns.Subject, MaxNameLength),
                HandlingUnit = Text(PowerListColumns.HandlingUnit, MaxNameLength),
                Responsibilities = Text(PowerListColumns.Responsibilities, MaxTextLength),
                Accountability = Text(PowerListColumns.Accountability, MaxTextLength),
                Phone = Text(PowerListColumns.Phone, 100),
                Note = Text(PowerListColumns.Note, MaxTextLength),
            };
            result.Add(new PowerListRow(row, errors.Count == 0 ? item : null, errors));
        }

        return result;
    }
}

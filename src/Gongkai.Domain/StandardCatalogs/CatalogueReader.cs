namespace Gongkai.Domain.StandardCatalogs;

/// <summary>Reads a catalogue in the published layout (REGULATIONS.md §6): a title, then a header of
/// one or two rows — 公开事项 over 一级事项 | 二级事项, and 公开对象/公开方式/公开层级 either as one
/// column of text or as ticked sub-columns (全社会 | 特定群体, 主动 | 依申请, 县级 | 乡级) — then the
/// rows, where a blank 一级事项 repeats the one above (a merged cell). A CSV with a one-row header
/// of the same names reads the same way.</summary>
public static class CatalogueReader
{
    public const int MaxRows = 5000;

    public const int MaxTextLength = 2000;

    private enum Field
    {
        Level1,
        Level2,
        Content,
        Basis,
        TimeLimit,
        Subject,
        Channels,
        Column,
        AudienceText,
        ModeText,
        LevelText,
        AudiencePublic,
        AudienceSpecific,
        ModeProactive,
        ModeOnApplication,
        LevelDistrict,
        LevelTown,
    }

    public sealed record Sheet(IReadOnlyList<CatalogueRow> Rows, string? Error);

    public static Sheet Read(IReadOnlyList<IReadOnlyList<string?>> cells)
    {
        var header = -1;
        for (var i = 0; i < Math.Min(cells.Count, 20) && header < 0; i++)
        {
            if (cells[i].Any(c => Clean(c) == "一级事项"))
            {
                header = i;
            }
        }

        if (header < 0)
        {
            return new([], "未找到表头：目录应有“一级事项”“二级事项”“公开内容（要素）”“公开时限”等列（标准目录格式）。");
        }

        var fields = new Dictionary<int, Field>();
        var width = cells[header].Count;
        for (var c = 0; c < width; c++)
        {
            var sub = Clean(cells[header][c]);
            var group = header > 0 && c < cells[header - 1].Count ? Clean(cells[header - 1][c]) : "";
            if (FieldOf(sub, group) is { } field && !fields.ContainsValue(field))
            {
                fields[c] = field;
            }
        }

        if (!fields.ContainsValue(Field.Level2))
        {
            return new([], "未找到“二级事项”列。");
        }

        var columnOf = fields.ToDictionary(p => p.Value, p => p.Key);
        var rows = new List<CatalogueRow>();
        string? level1 = null;
        for (var r = header + 1; r < cells.Count; r++)
        {
            var line = cells[r];
            if (line.All(c => string.IsNullOrWhiteSpace(c)))
            {
                continue;
            }

            if (rows.Count >= MaxRows)
            {
                return new([], $"一次最多导入 {MaxRows:N0} 行。");
            }

            string? Cell(Field f) => columnOf.TryGetValue(f, out var c) && c < line.Count && line[c]?.Trim() is { Length: > 0 } text ? text : null;

            // A merged 一级事项 cell reaches the rows below it as blanks.
            level1 = Cell(Field.Level1) ?? level1;
            var input = new CatalogueRowInput
            {
                Level1 = level1,
                Level2 = Cell(Field.Level2),
                Content = Cell(Field.Content),
                Basis = Cell(Field.Basis),
                TimeLimit = Cell(Field.TimeLimit),
                Subject = Cell(Field.Subject),
                Channels = Cell(Field.Channels),
                Column = Cell(Field.Column),
                Audience = Cell(Field.AudienceText) ?? Ticks(Cell(Field.AudiencePublic), "全社会", Cell(Field.AudienceSpecific), "特定群体"),
                Mode = Cell(Field.ModeText) ?? Ticks(Cell(Field.ModeProactive), "主动", Cell(Field.ModeOnApplication), "依申请"),
                Level = Cell(Field.LevelText) ?? Ticks(Cell(Field.LevelDistrict), "区级", Cell(Field.LevelTown), "镇级"),
            };
            rows.Add(Check(r + 1, input));
        }

        return rows.Count == 0 ? new([], "目录中没有任何事项行。") : new(rows, null);
    }

    /// <summary>Checks one row; <paramref name="row"/> is the line number shown in messages.</summary>
    public static CatalogueRow Check(int row, CatalogueRowInput input)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Level2) && string.IsNullOrWhiteSpace(input.Level1))
        {
            errors.Add($"第{row}行：缺少公开事项（一级事项、二级事项均为空）。");
        }

        foreach (var (name, value) in new[] { ("一级事项", input.Level1), ("二级事项", input.Level2), ("公开内容（要素）", input.Content), ("公开依据", input.Basis), ("公开时限", input.TimeLimit), ("公开主体", input.Subject), ("公开渠道和载体", input.Channels) })
        {
            if (value is { Length: > MaxTextLength })
            {
                errors.Add($"第{row}行：“{name}”超过{MaxTextLength}字。");
            }
        }

        var limit = CatalogueTimeLimit.Parse(input.TimeLimit);
        if (limit.Warning is { } limitWarning)
        {
            warnings.Add($"第{row}行：{limitWarning}");
        }

        var (channels, unknown) = DisclosureChannels.Parse(input.Channels);
        string? other = null;
        if (unknown.Count > 0)
        {
            other = string.Join("、", unknown);
            channels |= DisclosureChannel.Other;
            warnings.Add($"第{row}行：公开渠道“{other}”不是标准目录的渠道，已按“其他”导入并保留原文。");
        }

        var audience = CatalogueTerms.ParseAudience(input.Audience);
        if (audience is null)
        {
            if (!string.IsNullOrWhiteSpace(input.Audience))
            {
                warnings.Add($"第{row}行：公开对象“{input.Audience}”无法识别，按“全社会”导入。");
            }

            audience = CatalogueAudience.Public;
        }

        var mode = CatalogueTerms.ParseMode(input.Mode);
        if (mode is null)
        {
            if (!string.IsNullOrWhiteSpace(input.Mode))
            {
                errors.Add($"第{row}行：公开方式“{input.Mode}”应为“主动”或“依申请”。");
            }
            else
            {
                warnings.Add($"第{row}行：未填写公开方式，按“主动”导入。");
            }

            mode = CatalogueMode.Proactive;
        }

        var level = CatalogueTerms.ParseLevel(input.Level);
        if (level == CatalogueLevel.None && !string.IsNullOrWhiteSpace(input.Level))
        {
            warnings.Add($"第{row}行：公开层级“{input.Level}”无法识别（应为区级/县级或镇级/乡级）。");
        }

        return new(row, input, limit, channels, other, audience.Value, mode.Value, level, errors, warnings);
    }

    private static string? Ticks(string? first, string firstName, string? second, string secondName)
    {
        var names = new List<string>();
        if (CatalogueTerms.IsTicked(first))
        {
            names.Add(firstName);
        }

        if (CatalogueTerms.IsTicked(second))
        {
            names.Add(secondName);
        }

        return names.Count == 0 ? null : string.Join("、", names);
    }

    private static Field? FieldOf(string sub, string group)
    {
        switch (sub)
        {
            case "一级事项":
                return Field.Level1;
            case "二级事项":
                return Field.Level2;
            case "全社会":
                return Field.AudiencePublic;
            case "特定群体" or "特定群众":
                return Field.AudienceSpecific;
            case "主动":
                return Field.ModeProactive;
            case "依申请" or "依申请公开":
                return Field.ModeOnApplication;
            case "县级" or "区级":
                return Field.LevelDistrict;
            case "乡级" or "镇级" or "乡镇级":
                return Field.LevelTown;
        }

        var name = sub.Length > 0 ? sub : group;
        return name switch
        {
            _ when name.StartsWith("公开内容", StringComparison.Ordinal) => Field.Content,
            _ when name.StartsWith("公开依据", StringComparison.Ordinal) => Field.Basis,
            _ when name.StartsWith("公开时限", StringComparison.Ordinal) => Field.TimeLimit,
            _ when name.StartsWith("公开主体", StringComparison.Ordinal) => Field.Subject,
            _ when name.StartsWith("公开渠道", StringComparison.Ordinal) => Field.Channels,
            _ when name.StartsWith("公开对象", StringComparison.Ordinal) => Field.AudienceText,
            _ when name.StartsWith("公开方式", StringComparison.Ordinal) => Field.ModeText,
            _ when name.StartsWith("公开层级", StringComparison.Ordinal) => Field.LevelText,
            _ when name is "栏目" or "对应栏目" or "网站栏目" => Field.Column,
            _ => null,
        };
    }

    private static string Clean(string? cell) => (cell ?? "").Trim().Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
}

namespace Gongkai.Domain.TaskDivision;

/// <summary>Turns a table whose merged cells have been laid out on the grid (HTML rowspan/colspan,
/// Word vMerge/gridSpan) into rows for the parser. A position covered from above is null: under a
/// unit or deadline column it takes the merged cell's text (the units apply to every row the cell
/// spans), elsewhere it stays empty (an empty task cell continues the task above). Positions covered
/// from the left (colspan) are empty. Rows above the header are returned as preamble lines (a
/// converted .doc often keeps the title inside the table).</summary>
public static class NoticeGrid
{
    public static (IReadOnlyList<string> PreambleLines, IReadOnlyList<NoticeRow> Rows)? Resolve(IReadOnlyList<IReadOnlyList<string?>> grid)
    {
        var header = -1;
        for (var i = 0; i < grid.Count && header < 0; i++)
        {
            if (NoticeHeader.IsHeader(grid[i].Select(c => c ?? "")))
            {
                header = i;
            }
        }

        if (header < 0)
        {
            return null;
        }

        var roles = NoticeHeader.Roles(grid[header].Select(c => c ?? ""))!;
        var width = roles.Count;
        var preamble = grid.Take(header).Select(r => string.Join(" ", r.Where(c => !string.IsNullOrWhiteSpace(c)))).Where(l => l.Length > 0).ToList();
        var rows = new List<NoticeRow>();
        string[]? above = null;
        for (var i = header; i < grid.Count; i++)
        {
            var source = grid[i];
            // Not padded to the header's width: Word rows that lost a merged cell are counted from the right.
            var row = new string[source.Count];
            for (var c = 0; c < row.Length; c++)
            {
                var cell = c < source.Count ? source[c] : "";
                row[c] = cell ?? (c < width && NoticeHeader.CarriesDown(roles[c]) && above is not null && c < above.Length ? above[c] : "");
            }

            rows.Add(new NoticeRow(rows.Count + 1, i + 1, row));
            above = row;
        }

        return (preamble, rows);
    }
}

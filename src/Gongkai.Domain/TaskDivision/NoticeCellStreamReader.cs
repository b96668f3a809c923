namespace Gongkai.Domain.TaskDivision;

/// <summary>Reads a task table copied from a web page, where the table arrives as one cell after
/// another: each cell on its own line(s), cells separated by a blank line or by a line holding only
/// <c>|</c>. The header row's names give the column count and roles; the rows are then found by
/// what the cells look like, because a web table leaves out the cells a merged (rowspan) cell
/// covers and a key task often spans the whole row. Among all ways to cut the cells into rows, the
/// one whose cells best fit their columns wins (a unit list under 牵头单位, a sentence under 贯彻举措,
/// a date under 时限). Cells left at the end that make no whole row are a table cut off in the copy:
/// they become one short last row, which the parser reports as lost.</summary>
public static class NoticeCellStreamReader
{
    private const int MaxHeaderColumns = 12;

    // Lines that end the table on a web page or in a notice: the notice's distribution list and the
    // page's own links.
    private static readonly string[] EndMarkers = ["抄送", "印发", "【打印", "打印本页", "【关闭", "关闭窗口", "扫一扫", "分享到", "相关链接", "上一篇", "下一篇"];

    private sealed record Block(string Text, int Line);

    public static NoticeSource Read(IReadOnlyList<string> lines)
    {
        var blocks = Blocks(lines);
        var (headerAt, roles) = FindHeader(blocks);
        if (roles is null)
        {
            return new NoticeSource(blocks.Where(b => b.Text.Length > 0).SelectMany(b => b.Text.Split('\n')).ToList(), []);
        }

        var preamble = blocks.Take(headerAt).Where(b => b.Text.Length > 0).SelectMany(b => b.Text.Split('\n')).ToList();
        var header = blocks.Skip(headerAt).Take(roles.Count).ToList();
        var data = blocks.Skip(headerAt + roles.Count).ToList();
        // A table spread over pages repeats its header; a repeat is not data.
        data = DropRepeatedHeaders(data, header);
        while (data.Count > 0 && data[^1].Text.Length == 0)
        {
            data.RemoveAt(data.Count - 1);
        }

        var rows = new List<NoticeRow> { new(0, header[0].Line, header.Select(b => b.Text).ToList()) };
        rows.AddRange(new RowCutter(roles, data).Cut());
        return new NoticeSource(preamble, rows.Select((r, i) => r with { Number = i + 1 }).ToList());
    }

    /// <summary>The cells of the text, in order. An empty cell shows as a doubled separator: two
    /// <c>|</c> lines with nothing between, or three or more blank lines between two cells.</summary>
    private static List<Block> Blocks(IReadOnlyList<string> lines)
    {
        var pipes = lines.Any(l => l.Trim() == "|");
        var blocks = new List<Block>();
        var current = new List<string>();
        var start = 0;
        var blanks = 0;
        var pipesSince = 0;

        void Close()
        {
            if (current.Count > 0)
            {
                blocks.Add(new Block(string.Join("\n", current), start));
                current.Clear();
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (EndMarkers.Any(m => line.StartsWith(m, StringComparison.Ordinal)) && blocks.Count > 0)
            {
                break;
            }

            if (line.Length == 0)
            {
                Close();
                blanks++;
                continue;
            }

            if (pipes && line == "|")
            {
                Close();
                pipesSince++;
                if (pipesSince > 1)
                {
                    blocks.Add(new Block("", i + 1));
                }

                continue;
            }

            if (current.Count == 0)
            {
                if (!pipes && blocks.Count > 0 && blanks >= 3)
                {
                    for (var e = 0; e < (blanks - 1) / 2; e++)
                    {
                        blocks.Add(new Block("", i));
                    }
                }

                start = i + 1;
            }

            blanks = 0;
            pipesSince = 0;
            current.Add(line);
        }

        Close();
        return blocks;
    }

    private static (int At, IReadOnlyList<NoticeColumnRole>? Roles) FindHeader(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var run = 0;
            while (i + run < blocks.Count && run < MaxHeaderColumns && IsHeaderName(blocks[i + run].Text))
            {
                run++;
            }

            if (run >= 2 && NoticeHeader.Roles(blocks.Skip(i).Take(run).Select(b => b.Text)) is { } roles)
            {
                return (i, roles);
            }
        }

        return (-1, null);
    }

    private static bool IsHeaderName(string text) =>
        text.Length is > 0 and <= 10 && !text.Contains('\n', StringComparison.Ordinal) && !text.Any(char.IsDigit)
        && (NoticeHeader.Classify(text) != NoticeColumnRole.Other || text is "备注" or "说明");

    private static List<Block> DropRepeatedHeaders(List<Block> data, List<Block> header)
    {
        var result = new List<Block>();
        for (var i = 0; i < data.Count; i++)
        {
            if (i + header.Count <= data.Count && header.Select((h, k) => h.Text == data[i + k].Text).All(same => same))
            {
                i += header.Count - 1;
                continue;
            }

            result.Add(data[i]);
        }

        return result;
    }

    /// <summary>Cuts the cells into rows by dynamic programming over the possible row shapes.</summary>
    private sealed class RowCutter(IReadOnlyList<NoticeColumnRole> roles, List<Block> cells)
    {
        private const double RowCost = 1;
        private const double OmittedCellCost = 0.3;
        private const double HeadingRowCost = 0.8;
        private const double CutOffCost = 4;
        private const double CutOffCellCost = 2;

        private readonly int measureColumn = roles.ToList().LastIndexOf(NoticeColumnRole.Measure) is var m && m >= 0
            ? m
            : roles.ToList().LastIndexOf(NoticeColumnRole.Task);

        public List<NoticeRow> Cut()
        {
            var count = cells.Count;
            var best = new double[count + 1];
            var choice = new (int Length, string[] Row)?[count + 1];
            Array.Fill(best, double.PositiveInfinity);
            best[0] = 0;
            for (var i = 0; i < count; i++)
            {
                if (double.IsPositiveInfinity(best[i]))
                {
                    continue;
                }

                foreach (var (length, cost, row) in Shapes(i))
                {
                    if (best[i] + cost < best[i + length])
                    {
                        best[i + length] = best[i] + cost;
                        choice[i + length] = (length, row);
                    }
                }
            }

            // The table may be cut off: the cells after the last whole row are one incomplete row.
            var end = count;
            var total = best[count];
            for (var j = 0; j < count; j++)
            {
                var cutOff = best[j] + CutOffCost + (CutOffCellCost * (count - j));
                if (cutOff < total)
                {
                    (end, total) = (j, cutOff);
                }
            }

            var rows = new List<NoticeRow>();
            for (var at = end; at > 0;)
            {
                var (length, row) = choice[at]!.Value;
                rows.Add(new NoticeRow(0, cells[at - length].Line, row));
                at -= length;
            }

            rows.Reverse();
            if (end < count)
            {
                rows.Add(new NoticeRow(0, cells[end].Line, cells.Skip(end).Select(c => c.Text).ToList()));
            }

            return rows;
        }

        /// <summary>The rows that can start at cell <paramref name="i"/>: a heading spanning the row
        /// (一、… or （一）… alone), or the columns from <c>s</c> to the end where the cells of the
        /// columns before <c>s</c> are covered by merged cells above, optionally with one extra
        /// numbering cell (a 序号 the header does not name, or a sub-task in the task column).</summary>
        private IEnumerable<(int Length, double Cost, string[] Row)> Shapes(int i)
        {
            var width = roles.Count;
            if (cells[i].Text.Length > 0 && NoticeCells.IsTaskHeading(cells[i].Text))
            {
                var heading = new string[width];
                Array.Fill(heading, "");
                heading[0] = cells[i].Text;
                yield return (1, HeadingRowCost, heading);
            }

            for (var s = 0; s <= measureColumn; s++)
            {
                var length = width - s;
                if (i + length <= cells.Count)
                {
                    var cost = RowCost + (OmittedCellCost * s);
                    for (var k = 0; k < length; k++)
                    {
                        cost += CellCost(roles[s + k], cells[i + k].Text);
                    }

                    yield return (length, cost, Enumerable.Repeat("", s).Concat(cells.Skip(i).Take(length).Select(c => c.Text)).ToArray());
                }

                // One extra numbering cell somewhere before the measure.
                if (i + length + 1 <= cells.Count)
                {
                    for (var extra = 0; extra <= measureColumn - s; extra++)
                    {
                        var extraText = cells[i + extra].Text;
                        if (!NoticeCells.IsSequenceNumber(extraText) && !NoticeCells.IsTaskHeading(extraText))
                        {
                            continue;
                        }

                        var cost = RowCost + (OmittedCellCost * s) + 0.2;
                        for (int k = 0, c = 0; k < length + 1; k++)
                        {
                            if (k != extra)
                            {
                                cost += CellCost(roles[s + c], cells[i + k].Text);
                                c++;
                            }
                        }

                        yield return (length + 1, cost, Enumerable.Repeat("", s).Concat(cells.Skip(i).Take(length + 1).Select(c => c.Text)).ToArray());
                    }
                }
            }
        }
    }

    /// <summary>How badly a cell's text fits a column (0 = a perfect fit).</summary>
    internal static double CellCost(NoticeColumnRole role, string text)
    {
        if (text.Length == 0)
        {
            return role switch
            {
                NoticeColumnRole.Measure => 6,
                NoticeColumnRole.Lead => 2.5,
                NoticeColumnRole.Task => 0.2,
                _ => 0.4,
            };
        }

        if (NoticeCells.IsSequenceNumber(text))
        {
            return role switch { NoticeColumnRole.Number => 0, NoticeColumnRole.Other => 2, NoticeColumnRole.Task => 5, _ => 8 };
        }

        if (NoticeCells.IsTaskHeading(text))
        {
            return role switch { NoticeColumnRole.Task => 0, NoticeColumnRole.Measure => 2, NoticeColumnRole.Other => 3, _ => 9 };
        }

        if (NoticeCells.IsNumberedMeasure(text))
        {
            return role switch { NoticeColumnRole.Measure => 0, NoticeColumnRole.Task => 2.5, NoticeColumnRole.Other => 3, _ => 9 };
        }

        var shortText = text.Length <= 14 && !text.Contains('\n', StringComparison.Ordinal);
        if (shortText && NoticeCells.LooksLikeDeadline(text) && !NoticeCells.LooksLikeNamedUnits(text))
        {
            return role switch
            {
                NoticeColumnRole.Deadline => 0,
                NoticeColumnRole.Other => 1,
                NoticeColumnRole.Measure or NoticeColumnRole.Task => 3,
                NoticeColumnRole.Lead or NoticeColumnRole.Responsible => 5,
                _ => 9,
            };
        }

        if (NoticeCells.LooksLikeNamedUnits(text))
        {
            return role switch
            {
                NoticeColumnRole.Lead or NoticeColumnRole.Responsible => 0,
                NoticeColumnRole.Other => 1,
                NoticeColumnRole.Task => 3,
                NoticeColumnRole.Deadline => 4,
                NoticeColumnRole.Measure => 5,
                _ => 9,
            };
        }

        if (NoticeCells.LooksLikeUnits(text) && !text.Contains('。', StringComparison.Ordinal) && UnitNames.Split(text).All(n => n.Length <= 15))
        {
            return role switch
            {
                NoticeColumnRole.Lead or NoticeColumnRole.Responsible => 0.8,
                NoticeColumnRole.Task or NoticeColumnRole.Other => 1,
                NoticeColumnRole.Measure => 1.5,
                NoticeColumnRole.Deadline => 2,
                _ => 9,
            };
        }

        return role switch
        {
            NoticeColumnRole.Measure => 0,
            NoticeColumnRole.Task => 0.5,
            NoticeColumnRole.Other => 2,
            NoticeColumnRole.Deadline => 6,
            _ => 9,
        };
    }
}

namespace Gongkai.Domain.TaskDivision;

/// <summary>Reads a task table that was copied out of Word as text. Word writes each cell on its own
/// line after a tab, a cell's further paragraphs as lines without a tab, an empty cell as a lone tab,
/// and a blank line between rows. A line holding several tabs is a whole row (tab-separated
/// exports). Text before the first tabbed line is the notice's preamble; a line without a tab after
/// a blank line ends the table (signatures, 抄送). Text without any tab is a table copied from a web
/// page, one cell after another; <see cref="NoticeCellStreamReader"/> reads it.</summary>
public static class NoticeTextReader
{
    public static NoticeSource Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (!lines.Any(l => l.Contains('\t', StringComparison.Ordinal)))
        {
            return NoticeCellStreamReader.Read(lines);
        }

        var preamble = new List<string>();
        var rows = new List<NoticeRow>();
        List<string>? cells = null;
        var rowLine = 0;
        var tableStarted = false;
        var tableEnded = false;

        void CloseRow()
        {
            if (cells is not null && cells.Count > 0)
            {
                rows.Add(new NoticeRow(rows.Count + 1, rowLine, cells.Select(c => c.Trim()).ToList()));
            }

            cells = null;
        }

        for (var i = 0; i < lines.Length && !tableEnded; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 && !line.Contains('\t', StringComparison.Ordinal))
            {
                CloseRow();
                continue;
            }

            var pieces = line.Split('\t');
            if (!tableStarted)
            {
                if (pieces.Length == 1)
                {
                    preamble.Add(line.Trim());
                    continue;
                }

                tableStarted = true;
            }

            var wholeRow = pieces.Length > 2 || (pieces.Length == 2 && pieces[0].Trim().Length > 0);
            if (wholeRow)
            {
                // A tab-separated export: the line is the whole row.
                CloseRow();
                rows.Add(new NoticeRow(rows.Count + 1, i + 1, TrimLeadingTab(line).Split('\t').Select(c => c.Trim()).ToList()));
                continue;
            }

            if (cells is null)
            {
                if (pieces.Length == 1)
                {
                    // Untabbed text after a blank line: the table is over.
                    tableEnded = true;
                    continue;
                }

                cells = [];
                rowLine = i + 1;
            }

            if (pieces[0].Trim().Length > 0)
            {
                if (cells.Count == 0)
                {
                    cells.Add(pieces[0]);
                }
                else
                {
                    // A further paragraph of the same cell, kept as a line break: a unit cell may
                    // list one unit per line; measure text is joined without it by the parser.
                    cells[^1] += "\n" + pieces[0].Trim();
                }
            }

            cells.AddRange(pieces.Skip(1));
        }

        CloseRow();
        return new NoticeSource(preamble.Where(l => l.Length > 0).ToList(), rows);
    }

    private static string TrimLeadingTab(string line) => line.StartsWith('\t') ? line[1..] : line;
}

using System.Text;

namespace Gongkai.Domain.TaskDivision;

/// <summary>Writes a notice back in the text form <see cref="NoticeTextReader"/> reads (each cell on
/// a tabbed line, further paragraphs on untabbed lines, a blank line between rows), so that a Word
/// or Excel upload can be carried from the preview to the save as text and parsed the same way.</summary>
public static class NoticeTextWriter
{
    public static string Write(NoticeSource source)
    {
        var text = new StringBuilder();
        foreach (var line in source.PreambleLines)
        {
            text.Append(line.Replace('\t', ' ')).Append('\n');
        }

        foreach (var row in source.Rows)
        {
            text.Append('\n');
            foreach (var cell in row.Cells)
            {
                var paragraphs = cell.Replace('\t', ' ').Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
                text.Append('\t').Append(paragraphs.FirstOrDefault() ?? "").Append('\n');
                foreach (var more in paragraphs.Skip(1))
                {
                    text.Append(more).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}

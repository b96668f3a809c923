using System.Text;

namespace Gongkai.Domain.TaskDivision;

/// <summary>Splits a unit cell into names. Tables join units with 、 or ， (sometimes an ASCII comma,
/// a semicolon or a line break); brackets belong to the name (各镇（街道）) and are never split.</summary>
public static class UnitNames
{
    private const string Separators = "、，,；;/／\n\t ";

    public static IReadOnlyList<string> Split(string? cell)
    {
        var names = new List<string>();
        if (string.IsNullOrWhiteSpace(cell))
        {
            return names;
        }

        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in cell)
        {
            if (c is '（' or '(')
            {
                depth++;
            }
            else if (c is '）' or ')')
            {
                depth = Math.Max(0, depth - 1);
            }

            if (depth == 0 && Separators.Contains(c, StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            current.Append(c);
        }

        Flush();
        return names;

        void Flush()
        {
            var name = current.ToString().Trim().TrimEnd('。', '.');
            if (name.Length > 0)
            {
                names.Add(name);
            }

            current.Clear();
        }
    }
}

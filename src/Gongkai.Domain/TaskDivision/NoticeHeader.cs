namespace Gongkai.Domain.TaskDivision;

/// <summary>Recognises the header row of a task table and the role of each of its columns. A header
/// names at least one unit column (牵头… or 责任…/配合…) and a task or measure column; its names are
/// short, which tells it from a data row whose text happens to say 责任 or 任务.</summary>
public static class NoticeHeader
{
    private const int MaxHeaderNameLength = 10;

    public static NoticeColumnRole Classify(string cell)
    {
        var name = cell.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        if (name.Contains("牵头", StringComparison.Ordinal) || name.Contains("主办", StringComparison.Ordinal) || name.Contains("主责", StringComparison.Ordinal))
        {
            return NoticeColumnRole.Lead;
        }

        if (name.Contains("责任", StringComparison.Ordinal) || name.Contains("配合", StringComparison.Ordinal) || name.Contains("参与", StringComparison.Ordinal)
            || name.Contains("协办", StringComparison.Ordinal) || name.Contains("承办", StringComparison.Ordinal) || name.EndsWith("科室", StringComparison.Ordinal))
        {
            return NoticeColumnRole.Responsible;
        }

        if (name.Contains("时限", StringComparison.Ordinal) || name.Contains("时间", StringComparison.Ordinal) || name.Contains("期限", StringComparison.Ordinal)
            || name.Contains("进度", StringComparison.Ordinal))
        {
            return NoticeColumnRole.Deadline;
        }

        if (name is "序号" or "编号" or "序")
        {
            return NoticeColumnRole.Number;
        }

        if (name.Contains("举措", StringComparison.Ordinal) || name.Contains("措施", StringComparison.Ordinal) || name.Contains("要求", StringComparison.Ordinal)
            || name.Contains("内容", StringComparison.Ordinal) || name.Contains("分解", StringComparison.Ordinal) || name.Contains("目标", StringComparison.Ordinal))
        {
            return NoticeColumnRole.Measure;
        }

        if (name.Contains("任务", StringComparison.Ordinal) || name.Contains("工作", StringComparison.Ordinal) || name.Contains("事项", StringComparison.Ordinal)
            || name.Contains("项目", StringComparison.Ordinal))
        {
            return NoticeColumnRole.Task;
        }

        return NoticeColumnRole.Other;
    }

    /// <summary>The roles of a header row's cells, or null when the row is not a header.</summary>
    public static IReadOnlyList<NoticeColumnRole>? Roles(IEnumerable<string> cells)
    {
        var list = cells.Select(c => c.Trim()).ToList();
        // Header names are short and carry no numbers (a title such as 2021年任务分工 is no header).
        if (list.Count < 2 || list.Any(c => c.Length > MaxHeaderNameLength || c.Any(char.IsDigit)))
        {
            return null;
        }

        var roles = list.Select(c => c.Length == 0 ? NoticeColumnRole.Other : Classify(c)).ToList();
        var hasUnits = roles.Contains(NoticeColumnRole.Lead) || roles.Contains(NoticeColumnRole.Responsible);
        var hasWork = roles.Contains(NoticeColumnRole.Measure) || roles.Contains(NoticeColumnRole.Task);
        return hasUnits && hasWork ? roles : null;
    }

    public static bool IsHeader(IEnumerable<string> cells) => Roles(cells) is not null;

    /// <summary>Whether a merged cell's text applies to every row it spans. A unit or deadline cell
    /// merged over three measures names the units of all three; a task cell merged over them names
    /// the task once, and the rows below continue it (an empty task cell means "same task").</summary>
    public static bool CarriesDown(NoticeColumnRole role) =>
        role is NoticeColumnRole.Lead or NoticeColumnRole.Responsible or NoticeColumnRole.Deadline;
}

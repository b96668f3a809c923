using System.Globalization;

namespace Gongkai.Domain.Calendar;

/// <summary>The plain-text form of a year's schedule, used by the admin editor and file import:
/// one line per day or span, <c>yyyy-MM-dd,off,国庆节</c>, <c>yyyy-MM-dd..yyyy-MM-dd,off,春节</c> or
/// <c>yyyy-MM-dd,work,国庆节调休上班</c>. Blank lines and lines starting with # are ignored. A text
/// people can type and check against the State Council notice, rather than a format only the
/// platform understands.</summary>
public static class ScheduleText
{
    private const string DateFormat = "yyyy-MM-dd";

    public static ScheduleParseResult Parse(int year, string text)
    {
        var errors = new List<string>();
        if (year is < YearSchedule.MinYear or > YearSchedule.MaxYear)
        {
            return new ScheduleParseResult(null, [$"年份 {year} 超出范围（{YearSchedule.MinYear}–{YearSchedule.MaxYear}）。"]);
        }

        var days = new List<ScheduledDay>();
        var lineOf = new Dictionary<DateOnly, int>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var lineDays = ParseLine(year, line, out var lineErrors);
            errors.AddRange(lineErrors.Select(e => $"第{number}行：{e}"));
            foreach (var day in lineDays)
            {
                if (lineOf.TryGetValue(day.Date, out var earlier))
                {
                    errors.Add($"第{number}行：{day.Date.ToString(DateFormat, CultureInfo.InvariantCulture)} 与第{earlier}行重叠。");
                    continue;
                }

                lineOf[day.Date] = number;
                days.Add(day);
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(YearSchedule.Validate(year, days));
        }

        return errors.Count == 0
            ? new ScheduleParseResult(YearSchedule.Create(year, days), [])
            : new ScheduleParseResult(null, errors);
    }

    /// <summary>The schedule as text, runs of consecutive days with the same kind and name written
    /// as one span, so the text reads like the notice.</summary>
    public static string Format(YearSchedule schedule)
    {
        var lines = new List<string>();
        var days = schedule.Days;
        var i = 0;
        while (i < days.Count)
        {
            var j = i;
            while (j + 1 < days.Count && days[j + 1].Date == days[j].Date.AddDays(1)
                && days[j + 1].Kind == days[i].Kind && days[j + 1].Name == days[i].Name)
            {
                j++;
            }

            var span = i == j ? Date(days[i].Date) : $"{Date(days[i].Date)}..{Date(days[j].Date)}";
            lines.Add($"{span},{(days[i].Kind == ScheduledDayKind.Off ? "off" : "work")},{days[i].Name}");
            i = j + 1;
        }

        // Off spans first, then make-up days, each in date order: the layout of the notices.
        return string.Join("\n", lines.OrderBy(l => l.Contains(",work,", StringComparison.Ordinal)).ThenBy(l => l, StringComparer.Ordinal)) + "\n";
    }

    private static List<ScheduledDay> ParseLine(int year, string line, out List<string> errors)
    {
        errors = [];
        var parts = line.Split([',', '，', '\t'], 3);
        if (parts.Length < 3)
        {
            errors.Add($"格式应为“日期,off或work,名称”，如“{year}-10-01,off,国庆节”，实际为“{Shorten(line)}”。");
            return [];
        }

        var (datePart, kindPart, name) = (parts[0].Trim(), parts[1].Trim(), parts[2].Trim());
        ScheduledDayKind? kind = kindPart.ToLowerInvariant() switch
        {
            "off" or "休" or "放假" => ScheduledDayKind.Off,
            "work" or "班" or "上班" => ScheduledDayKind.Work,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add($"类型“{Shorten(kindPart)}”无效，应为 off（放假）或 work（调休上班）。");
        }

        var range = datePart.Split("..", 2);
        if (!TryDate(range[0], out var first) | !TryDate(range.Length == 2 ? range[1] : range[0], out var last))
        {
            errors.Add($"日期“{Shorten(datePart)}”无效，应为 yyyy-MM-dd（如 {year}-10-01）或 yyyy-MM-dd..yyyy-MM-dd 的范围。");
            return [];
        }

        if (last < first)
        {
            errors.Add($"日期范围“{datePart}”的结束日早于开始日。");
            return [];
        }

        if (first.Year != year || last.Year != year)
        {
            errors.Add($"{datePart} 不属于{year}年（跨年的放假日请录入到该日期所在的年份）。");
            return [];
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("缺少名称（如“春节”或“春节调休上班”）。");
        }
        else if (name.Length > YearSchedule.MaxNameLength)
        {
            errors.Add($"名称过长（最多{YearSchedule.MaxNameLength}个字）。");
        }

        if (errors.Count > 0 || kind is null)
        {
            return [];
        }

        var days = new List<ScheduledDay>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            var day = new ScheduledDay(d, kind.Value, name);
            days.Add(day);
            errors.AddRange(YearSchedule.ValidateDay(year, day));
        }

        errors = errors.Distinct().ToList();
        return days;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

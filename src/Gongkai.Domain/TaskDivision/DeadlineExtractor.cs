using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.TaskDivision;

/// <summary>Finds the time statements in a measure's text. Dates, month ends and year ends are due
/// dates; 每月/每季度… are recurring duties; "…之日起N个工作日内" is a standing limit that applies to
/// every case all year and is therefore never taken as the measure's due date. A measure without a
/// due date is due at the end of the notice's year, which the notice implies and an editor may change.
/// Departments' lists write deadlines as words: 年底前 / 年内 is the notice year's end, 上半年 its
/// 30 June; 持续推进 / 长期坚持 / 常态化 in the deadline column is a standing duty without an end,
/// reported on every quarter (see <see cref="MeasureDeadlineKind.Ongoing"/>).</summary>
public static partial class DeadlineExtractor
{
    /// <summary>The period at which a standing duty (持续推进) reports its progress: the district
    /// office reviews task lists quarterly, as it does 每季度 duties.</summary>
    public const RecurrencePeriod OngoingReportPeriod = RecurrencePeriod.Quarter;

    /// <param name="text">The measure's text, with the deadline cell appended when there is one.</param>
    /// <param name="noticeYear">The year of the notice, for dates written without a year.</param>
    /// <param name="deadlineCell">The deadline column's own text: only there do words such as
    /// 持续推进 mean "no end date" (in a measure's sentence they describe the work).</param>
    public static IReadOnlyList<MeasureDeadline> Extract(string text, int noticeYear, string? deadlineCell = null)
    {
        var found = new List<(int Index, MeasureDeadline Deadline)>();
        var taken = new List<(int Start, int End)>();

        void Add(Match m, MeasureDeadline d)
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length))
            {
                return;
            }

            taken.Add((m.Index, m.Index + m.Length));
            found.Add((m.Index, d));
        }

        foreach (Match m in StandingLimitPattern().Matches(text))
        {
            Add(m, new MeasureDeadline(MeasureDeadlineKind.StandingLimit, null, m.Value,
                Amount: int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), Unit: m.Groups["u"].Value));
        }

        foreach (Match m in DatePattern().Matches(text))
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : noticeYear;
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                Add(m, new MeasureDeadline(MeasureDeadlineKind.Date, new DateOnly(year, month, day), m.Value));
            }
        }

        foreach (Match m in MonthEndPattern().Matches(text))
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : noticeYear;
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12)
            {
                Add(m, new MeasureDeadline(MeasureDeadlineKind.MonthEnd, new DateOnly(year, month, DateTime.DaysInMonth(year, month)), m.Value));
            }
        }

        foreach (Match m in YearEndPattern().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            Add(m, new MeasureDeadline(MeasureDeadlineKind.YearEnd, new DateOnly(year, 12, 31), m.Value));
        }

        foreach (Match m in BareYearEndPattern().Matches(text))
        {
            Add(m, new MeasureDeadline(MeasureDeadlineKind.YearEnd, new DateOnly(noticeYear, 12, 31), m.Value));
        }

        foreach (Match m in FirstHalfPattern().Matches(text))
        {
            Add(m, new MeasureDeadline(MeasureDeadlineKind.MonthEnd, new DateOnly(noticeYear, 6, 30), m.Value));
        }

        if (deadlineCell is not null && OngoingPattern().Match(deadlineCell) is { Success: true } ongoing)
        {
            var at = text.IndexOf(ongoing.Value, StringComparison.Ordinal);
            found.Add((at < 0 ? text.Length : at, new MeasureDeadline(MeasureDeadlineKind.Ongoing, null, ongoing.Value, Period: OngoingReportPeriod)));
        }

        foreach (Match m in RecurringPattern().Matches(text))
        {
            var period = m.Groups["p"].Value switch
            {
                "周" => RecurrencePeriod.Week,
                "月" => RecurrencePeriod.Month,
                "季度" or "季" => RecurrencePeriod.Quarter,
                "半年" => RecurrencePeriod.HalfYear,
                _ => RecurrencePeriod.Year,
            };
            Add(m, new MeasureDeadline(MeasureDeadlineKind.Recurring, null, m.Value, Period: period));
        }

        var result = found.OrderBy(f => f.Index).Select(f => f.Deadline).ToList();
        if (!result.Any(d => d.IsDueDate))
        {
            result.Add(new MeasureDeadline(MeasureDeadlineKind.NoticeYearEnd, new DateOnly(noticeYear, 12, 31), ""));
        }

        return result;
    }

    /// <summary>The measure's due date: the earliest due date among its deadlines.</summary>
    public static DateOnly DueDate(IEnumerable<MeasureDeadline> deadlines) =>
        deadlines.Where(d => d.Due is not null).Min(d => d.Due!.Value);

    [GeneratedRegex(@"(?:之日起|起)(?<n>\d{1,3})个(?<u>工作日|自然日|日|天|小时)内")]
    private static partial Regex StandingLimitPattern();

    [GeneratedRegex(@"(?:(?<y>\d{4})年|(?<![\d年]))(?<m>\d{1,2})月(?<d>\d{1,2})日")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:(?<y>\d{4})年|(?<![\d年]))(?<m>\d{1,2})月(?:底|末)")]
    private static partial Regex MonthEndPattern();

    [GeneratedRegex(@"(?<y>\d{4})年(?:底|末|年底)")]
    private static partial Regex YearEndPattern();

    [GeneratedRegex(@"(?<![\d年])年(?:底|末)|年内")]
    private static partial Regex BareYearEndPattern();

    [GeneratedRegex(@"上半年")]
    private static partial Regex FirstHalfPattern();

    [GeneratedRegex(@"持续推进|长期坚持|持续开展|长期开展|常态化|长期|持续")]
    private static partial Regex OngoingPattern();

    [GeneratedRegex(@"每(?<p>周|月|季度|季|半年|年)")]
    private static partial Regex RecurringPattern();
}

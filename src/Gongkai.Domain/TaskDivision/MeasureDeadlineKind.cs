namespace Gongkai.Domain.TaskDivision;

public enum MeasureDeadlineKind
{
    /// <summary>A day named in the text: 2020年10月30日前.</summary>
    Date,

    /// <summary>The end of a month: 2020年11月底前.</summary>
    MonthEnd,

    /// <summary>The end of a year: 2020年底前.</summary>
    YearEnd,

    /// <summary>A duty that recurs: 每月…, 每季度…; it generates periodic reports, not one due date.</summary>
    Recurring,

    /// <summary>A standing time limit counted from an event (…作出决定之日起7个工作日内): a rule to
    /// keep all year, never a due date for the measure.</summary>
    StandingLimit,

    /// <summary>A standing duty without an end, written as words in the deadline column (持续推进,
    /// 长期坚持, 常态化): never a due date; it reports its progress every
    /// <see cref="DeadlineExtractor.OngoingReportPeriod"/>, like a recurring duty.</summary>
    Ongoing,

    /// <summary>No date in the text: due at the end of the notice's year unless edited.</summary>
    NoticeYearEnd,
}

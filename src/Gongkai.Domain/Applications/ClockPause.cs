namespace Gongkai.Domain.Applications;

/// <summary>Time not counted (征求意见, an open fee notice). Days after <see cref="Start"/> up to and
/// including <see cref="Until"/> are not counted: the day a letter goes out still counts, and the
/// clock resumes the day after the answer arrives (the same 次日 rule as for receipt).
/// <see cref="Limit"/> is the last day the other side has (the third party's or other organ's 15
/// working days, the applicant's 20 working days to pay): a pause never runs past it, so with no
/// answer recorded it ends there by itself (《条例》第三十二条: 第三方逾期未提出意见的，由行政机关
/// 依照本条例的规定决定是否公开). Only a pause without an end and without a limit (the calendar of
/// the limit's year not loaded) leaves the due date unknown.</summary>
public sealed record ClockPause(string Label, DateOnly Start, DateOnly? End, DateOnly? Limit = null)
{
    /// <summary>The last day not counted: the recorded end, or else the limit.</summary>
    public DateOnly? Until => End ?? Limit;

    public bool Covers(DateOnly day) => day > Start && (Until is null || day <= Until);

    /// <summary>Still waiting for the other side on <paramref name="day"/>: no answer recorded and the limit not passed.</summary>
    public bool IsRunningOn(DateOnly day) => End is null && (Limit is null || day <= Limit);

    /// <summary>The limit passed before <paramref name="day"/> with no answer recorded.</summary>
    public bool LapsedBefore(DateOnly day) => End is null && Limit is { } limit && limit < day;
}

namespace Gongkai.Domain.Applications;

/// <summary>Time not counted (征求意见, an open fee notice). Days after <see cref="Start"/> up to and
/// including <see cref="End"/> are not counted: the day a letter goes out still counts, and the
/// clock resumes the day after the answer arrives (the same 次日 rule as for receipt). An open
/// pause has no end yet, so the due date is not known until it ends.</summary>
public sealed record ClockPause(string Label, DateOnly Start, DateOnly? End)
{
    public bool Covers(DateOnly day) => day > Start && (End is null || day <= End);
}

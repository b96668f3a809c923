using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Publications;

/// <summary>How an item stands against the Art. 26 limit. <see cref="WorkingDaysLeft"/> counts the
/// working days after the reference day up to and including the due date (0 when due today or
/// past, or when already published).</summary>
public sealed record TimelinessAssessment(Deadline Deadline, TimelinessStatus Status, int WorkingDaysLeft)
{
    public DateOnly Due => Deadline.Due;
}

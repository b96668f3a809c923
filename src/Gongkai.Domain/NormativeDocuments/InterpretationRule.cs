using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.NormativeDocuments;

/// <summary>A policy marked as needing interpretation has it published at the same time or within
/// N working days after (default 3): day 1 is the first working day after the policy's publication,
/// so a policy published the day before National Day gets its three days after the holiday.</summary>
public static class InterpretationRule
{
    public const int DefaultWorkingDays = 3;

    public static InterpretationAssessment Assess(bool required, DateOnly? policyPublishedOn, DateOnly? firstInterpretationOn,
        DateOnly today, int workingDays, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!required || policyPublishedOn is not { } published)
        {
            return new InterpretationAssessment(InterpretationStatus.NotRequired, null, firstInterpretationOn);
        }

        var deadline = calendar.AddWorkingDays(published, workingDays);
        if (firstInterpretationOn is { } interpreted)
        {
            return new InterpretationAssessment(interpreted <= deadline.Due ? InterpretationStatus.OnTime : InterpretationStatus.Late, deadline, interpreted);
        }

        return new InterpretationAssessment(today > deadline.Due ? InterpretationStatus.Overdue : InterpretationStatus.Pending, deadline, null);
    }
}

namespace Gongkai.Domain.Calendar;

/// <summary>One date that a year's schedule marks as off or as a make-up working day, with the
/// name people know it by ("春节", "春节调休上班").</summary>
public sealed record ScheduledDay(DateOnly Date, ScheduledDayKind Kind, string Name);

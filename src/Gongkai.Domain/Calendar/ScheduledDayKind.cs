namespace Gongkai.Domain.Calendar;

/// <summary>How a year's schedule changes a date from the plain Monday-to-Friday rule.</summary>
public enum ScheduledDayKind
{
    /// <summary>A statutory holiday or rest day (放假): not worked, even on a weekday.</summary>
    Off,

    /// <summary>A make-up working day (调休上班): worked, although it is a Saturday or Sunday.</summary>
    Work,
}

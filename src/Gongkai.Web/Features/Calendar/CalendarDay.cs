using Gongkai.Domain.Calendar;

namespace Gongkai.Web.Features.Calendar;

/// <summary>One listed day of a year's schedule: a holiday/rest day or a make-up working day.</summary>
public sealed class CalendarDay
{
    public int Id { get; set; }

    public int Year { get; set; }

    public DateOnly Date { get; set; }

    public ScheduledDayKind Kind { get; set; }

    public required string Name { get; set; }
}

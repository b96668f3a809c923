namespace Gongkai.Domain.Calendar;

/// <summary>The outcome of reading a schedule from text: the schedule when every line is valid,
/// otherwise the Chinese reasons, each naming its line.</summary>
public sealed record ScheduleParseResult(YearSchedule? Schedule, IReadOnlyList<string> Errors)
{
    public bool IsValid => Schedule is not null;
}

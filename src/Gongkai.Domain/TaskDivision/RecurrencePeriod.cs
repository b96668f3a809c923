namespace Gongkai.Domain.TaskDivision;

public enum RecurrencePeriod
{
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,
}

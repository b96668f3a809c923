namespace Gongkai.Web.Features.TaskDivision;

public enum TaskAssignmentRole
{
    /// <summary>牵头单位: coordinates the measure and signs it off.</summary>
    Lead,

    /// <summary>责任单位: carries the measure out and reports on it.</summary>
    Responsible,
}

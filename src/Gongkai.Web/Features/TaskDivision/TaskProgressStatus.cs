namespace Gongkai.Web.Features.TaskDivision;

public enum TaskProgressStatus
{
    NotStarted,
    InProgress,
    Done,
}

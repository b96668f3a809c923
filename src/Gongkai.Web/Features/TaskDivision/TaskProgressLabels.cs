namespace Gongkai.Web.Features.TaskDivision;

public static class TaskProgressLabels
{
    public static string Of(TaskProgressStatus status) => status switch
    {
        TaskProgressStatus.Done => "已完成",
        TaskProgressStatus.InProgress => "推进中",
        _ => "未开始",
    };

    public static TaskProgressStatus? Parse(string? text) => text?.Trim() switch
    {
        "done" or "Done" or "已完成" => TaskProgressStatus.Done,
        "inProgress" or "InProgress" or "推进中" => TaskProgressStatus.InProgress,
        "notStarted" or "NotStarted" or "未开始" => TaskProgressStatus.NotStarted,
        _ => null,
    };

    public static string CssClass(Domain.TaskDivision.ProgressState state) => state switch
    {
        Domain.TaskDivision.ProgressState.Done => "task-done",
        Domain.TaskDivision.ProgressState.Overdue => "task-overdue",
        Domain.TaskDivision.ProgressState.AtRisk => "task-at-risk",
        _ => "task-on-track",
    };

    public static string StateText(Domain.TaskDivision.ProgressState state) => state switch
    {
        Domain.TaskDivision.ProgressState.Done => "已完成",
        Domain.TaskDivision.ProgressState.Overdue => "已逾期",
        Domain.TaskDivision.ProgressState.AtRisk => "临近期限",
        _ => "正常推进",
    };
}

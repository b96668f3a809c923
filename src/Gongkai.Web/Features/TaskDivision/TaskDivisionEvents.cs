namespace Gongkai.Web.Features.TaskDivision;

/// <summary>Audit event codes of the task-division feature.</summary>
public static class TaskDivisionEvents
{
    public const string Imported = "taskDivision.imported";

    public const string ImportFailed = "taskDivision.importFailed";

    public const string UnitMapped = "taskDivision.unitMapped";

    public const string ProgressReported = "taskDivision.progressReported";

    public const string SignedOff = "taskDivision.signedOff";

    public const string Supervised = "taskDivision.supervised";

    public const string SupervisionAnswered = "taskDivision.supervisionAnswered";

    public const string RubricChanged = "taskDivision.rubricChanged";

    public const string DueDateEdited = "taskDivision.dueDateEdited";
}

namespace Gongkai.Domain.TaskDivision;

public enum ProgressState
{
    OnTrack,

    /// <summary>Not done and due within <see cref="ProgressRollup.AtRiskDays"/> days.</summary>
    AtRisk,

    /// <summary>Not done and past its due date.</summary>
    Overdue,

    Done,
}

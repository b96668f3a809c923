using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.NormativeDocuments;

/// <summary>The verdict and the deadline that explains it.</summary>
public sealed record InterpretationAssessment(InterpretationStatus Status, Deadline? Deadline, DateOnly? InterpretedOn)
{
    public bool NeedsAttention => Status is InterpretationStatus.Late or InterpretationStatus.Overdue or InterpretationStatus.Pending;

    public string Label => Status switch
    {
        InterpretationStatus.NotRequired => "无需解读",
        InterpretationStatus.OnTime => "已按时解读",
        InterpretationStatus.Late => "解读发布超期",
        InterpretationStatus.Pending => "待解读",
        InterpretationStatus.Overdue => "逾期未解读",
        _ => Status.ToString(),
    };
}

namespace Gongkai.Web.Features.TaskDivision;

/// <summary>A supervision notice (督办) the district office sends an organ about a measure. It stays
/// open, and is shown to the organ, until the organ answers it.</summary>
public sealed class TaskSupervision
{
    public int Id { get; set; }

    public int MeasureId { get; set; }

    public int OrganizationId { get; set; }

    public required string Message { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public Guid? SentBy { get; set; }

    public string? Answer { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public Guid? AnsweredBy { get; set; }
}

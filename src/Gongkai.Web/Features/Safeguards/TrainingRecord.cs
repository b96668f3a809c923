namespace Gongkai.Web.Features.Safeguards;

/// <summary>A disclosure training an organ held or sent its staff to (seed 六 保障措施: 教育培训).</summary>
public sealed class TrainingRecord
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Topic { get; set; }

    public int Participants { get; set; }

    public decimal Hours { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A 典型案例 an organ submitted to the district office (seed 六: 总结推广典型经验).</summary>
public sealed class CaseSubmission
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

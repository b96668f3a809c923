namespace Gongkai.Web.Features.PowerLists;

/// <summary>What an editor submitted in one go (an import, or an adjustment) for a reviewer of the
/// organ to approve or reject as a whole: a list import of 900 items is one decision, as the
/// organ's leadership signs the list off once.</summary>
public sealed class PowerListBatch
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public PowerBatchKind Kind { get; set; }

    public PowerReviewStatus Status { get; set; }

    /// <summary>A line for the reviewer, e.g. "导入 200 项".</summary>
    public string Summary { get; set; } = "";

    public DateTimeOffset SubmittedAt { get; set; }

    public Guid? SubmittedById { get; set; }

    public string SubmittedBy { get; set; } = "";

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewNote { get; set; }
}

public enum PowerBatchKind
{
    Import,
    Adjustment,
}

public enum PowerReviewStatus
{
    Pending,
    Approved,
    Rejected,
}

using Gongkai.Domain.PowerLists;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>动态调整: one dated change of an item after the list's first publication, with the
/// document it rests on. Pending until a reviewer of the organ approves its batch; only approved
/// adjustments are the public 调整记录.</summary>
public sealed class PowerAdjustment
{
    public int Id { get; set; }

    /// <summary>The organ whose list records it (for a transfer, each side has its own record).</summary>
    public int OrganizationId { get; set; }

    public int ItemId { get; set; }

    public PowerAdjustmentKind Kind { get; set; }

    /// <summary>For a transfer: true on the receiving organ's record (承接), false on the giver's (下放).</summary>
    public bool Incoming { get; set; }

    /// <summary>For a transfer: the other organ.</summary>
    public int? OtherOrganizationId { get; set; }

    public DateOnly EffectiveOn { get; set; }

    /// <summary>调整依据, e.g. the document that cancelled a licence.</summary>
    public string Basis { get; set; } = "";

    public string? Note { get; set; }

    /// <summary>For 调整: what changed, one "字段：旧 → 新" a line (filled when submitted).</summary>
    public string? Changes { get; set; }

    /// <summary>For 调整 and 下放: the item's new fields as JSON, applied on approval.</summary>
    public string? NewFieldsJson { get; set; }

    public PowerReviewStatus Status { get; set; }

    public int? BatchId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = "";
}

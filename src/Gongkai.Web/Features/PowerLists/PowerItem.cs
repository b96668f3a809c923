using Gongkai.Domain.PowerLists;

namespace Gongkai.Web.Features.PowerLists;

/// <summary>One item of an organ's 权责清单. It is public once a reviewer of the organ
/// has approved it (<see cref="Status"/>), and on the current list between <see cref="EffectiveFrom"/>
/// and <see cref="EndsOn"/> (<see cref="PowerItemVisibility"/>); after that its page stays, showing
/// why it left.</summary>
public sealed class PowerItem
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>事项编码, normalised (<see cref="PowerItemCode"/>), unique within the organ.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? SubItem { get; set; }

    public PowerType Type { get; set; }

    public string Basis { get; set; } = "";

    public string? Subject { get; set; }

    public string? HandlingUnit { get; set; }

    public string? Responsibilities { get; set; }

    public string? Accountability { get; set; }

    public string? Phone { get; set; }

    public string? Note { get; set; }

    public PowerItemStatus Status { get; set; }

    /// <summary>The batch awaiting review that would publish it (null once reviewed).</summary>
    public int? BatchId { get; set; }

    /// <summary>From this day on the current list (新增/承接 after the first publication); null: since publication.</summary>
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>The day it leaves the current list (取消 or 下放 takes effect).</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>Why it leaves: <see cref="PowerAdjustmentKind.Cancel"/> or <see cref="PowerAdjustmentKind.Transfer"/>.</summary>
    public PowerAdjustmentKind? EndKind { get; set; }

    /// <summary>The item of the organ it was moved from (承接).</summary>
    public int? TransferredFromId { get; set; }

    /// <summary>The item it became in the organ it was moved to (下放).</summary>
    public int? TransferredToId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public PowerItemFields Fields => new()
    {
        Code = Code,
        Name = Name,
        SubItem = SubItem,
        Type = Type,
        Basis = Basis,
        Subject = Subject,
        HandlingUnit = HandlingUnit,
        Responsibilities = Responsibilities,
        Accountability = Accountability,
        Phone = Phone,
        Note = Note,
    };

    public void Apply(PowerItemFields f)
    {
        (Code, Name, SubItem, Type, Basis) = (f.Code, f.Name, f.SubItem, f.Type, f.Basis);
        (Subject, HandlingUnit, Responsibilities, Accountability, Phone, Note) = (f.Subject, f.HandlingUnit, f.Responsibilities, f.Accountability, f.Phone, f.Note);
    }
}

public enum PowerItemStatus
{
    /// <summary>Imported or added, awaiting a reviewer; not public.</summary>
    Pending,

    /// <summary>Approved; public (on the current list within its dates).</summary>
    Published,
}

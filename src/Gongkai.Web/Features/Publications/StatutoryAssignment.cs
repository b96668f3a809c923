namespace Gongkai.Web.Features.Publications;

/// <summary>Whether an organ holds one statutory item (法定主动公开内容) and so has its column. Rows
/// start from <see cref="Domain.Publications.StatutoryDuties"/> (by organ kind and name) and the
/// district office changes them; a removed item stays as a row with <see cref="Assigned"/> false,
/// so seeding at the next start does not bring it back.</summary>
public sealed class StatutoryAssignment
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>The item's stable key (<see cref="Domain.Publications.StatutoryItem.Key"/>).</summary>
    public required string ItemKey { get; set; }

    public bool Assigned { get; set; }

    public StatutoryAssignmentOrigin Origin { get; set; }

    /// <summary>The rule that gave the item by default, or the district office's note.</summary>
    public string? Basis { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}

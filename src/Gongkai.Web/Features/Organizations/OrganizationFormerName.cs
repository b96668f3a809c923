namespace Gongkai.Web.Features.Organizations;

/// <summary>A name the organ used to have: old documents and task tables still use it.</summary>
public sealed class OrganizationFormerName
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

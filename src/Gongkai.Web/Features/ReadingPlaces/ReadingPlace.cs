using Gongkai.Domain.ReadingPlaces;

namespace Gongkai.Web.Features.ReadingPlaces;

/// <summary>A 政府信息查阅场所 run by an organ (the district archive, library, the service hall's
/// disclosure zone, or an organ's own reading room, collection point, notice board or screen).</summary>
public sealed class ReadingPlace
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public ReadingPlaceKind Kind { get; set; }

    public required string Name { get; set; }

    public required string Address { get; set; }

    public string? Hours { get; set; }

    public string? Phone { get; set; }

    public ReadingPlaceServices Services { get; set; }

    /// <summary>设备: terminals, printers, reading desks…</summary>
    public string? Equipment { get; set; }

    /// <summary>Links to photos of the place, one per line.</summary>
    public string? PhotoUrls { get; set; }

    public string? MapUrl { get; set; }

    public bool IsActive { get; set; } = true;
}

/// <summary>One day's entry in a place's visit log. Applications received on site are registered
/// from it as cases with the channel 当面提交 (<see cref="ReadingPlaceApplication"/>).</summary>
public sealed class ReadingPlaceVisit
{
    public int Id { get; set; }

    public int PlaceId { get; set; }

    public DateOnly VisitedOn { get; set; }

    public int Visitors { get; set; }

    public ReadingPlaceServices Services { get; set; }

    public string? Note { get; set; }

    public string? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A disclosure application registered from a visit.</summary>
public sealed class ReadingPlaceApplication
{
    public int Id { get; set; }

    public int VisitId { get; set; }

    public int ApplicationId { get; set; }
}

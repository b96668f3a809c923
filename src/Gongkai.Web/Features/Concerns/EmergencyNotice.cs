namespace Gongkai.Web.Features.Concerns;

/// <summary>A front-page notice of an emergency or epidemic (突发事件信息 / 疫情信息) the district
/// office raises: shown at the top of every public page between <see cref="StartsAt"/> and
/// <see cref="EndsAt"/>, linking to the full information.</summary>
public sealed class EmergencyNotice
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>Where the full information is, e.g. an item in the 突发事件信息 column.</summary>
    public string? Url { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}

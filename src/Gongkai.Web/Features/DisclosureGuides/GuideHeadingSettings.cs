namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>The district-wide headings of the 指南's five parts, kept by the district office
/// (the seed names the parts; the office changes them when the rules do). One row; none means the
/// seed's headings (<see cref="Domain.DisclosureGuides.GuideHeadingSet.Seed"/>).</summary>
public sealed class GuideHeadingSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Holdings { get; set; } = "";

    public string Channels { get; set; } = "";

    public string Application { get; set; } = "";

    public string Office { get; set; } = "";

    public string OtherMatters { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}

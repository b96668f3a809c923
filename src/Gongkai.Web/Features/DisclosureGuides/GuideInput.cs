namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>The edit form as posted.</summary>
public sealed class GuideInput
{
    public string? Holdings { get; set; }

    public string? Channels { get; set; }

    public string? Application { get; set; }

    public string? Office { get; set; }

    public string? OtherMatters { get; set; }

    /// <summary>The version the editor loaded, to refuse overwriting someone else's save.</summary>
    public Guid? Version { get; set; }

    public static GuideInput From(DisclosureGuide g) => new()
    {
        Holdings = g.Holdings,
        Channels = g.Channels,
        Application = Domain.DisclosureGuides.GuideContactLines.StripApplication(g.Application),
        Office = Domain.DisclosureGuides.GuideContactLines.StripOffice(g.Office),
        OtherMatters = g.OtherMatters,
        Version = g.Version,
    };
}

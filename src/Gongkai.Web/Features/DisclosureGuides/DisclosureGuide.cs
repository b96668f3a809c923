namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>政府信息公开指南 of one organ, in the five parts Chongqing organs use (REGULATIONS.md §5).
/// Each part is plain text, one paragraph a line (<see cref="Domain.DisclosureGuides.GuideText"/>),
/// so the page and the Word file are generated from it after every update.</summary>
public sealed class DisclosureGuide
{
    public int OrganizationId { get; set; }

    /// <summary>一、本机关持有政府信息基本情况.</summary>
    public string Holdings { get; set; } = string.Empty;

    /// <summary>二、本机关主动公开政府信息情况 (channels).</summary>
    public string Channels { get; set; } = string.Empty;

    /// <summary>三、本机关依申请公开政府信息情况.</summary>
    public string Application { get; set; } = string.Empty;

    /// <summary>四、本机关政府信息公开工作机构 (Art. 12 contact).</summary>
    public string Office { get; set; } = string.Empty;

    /// <summary>五、监督和救济渠道.</summary>
    public string Supervision { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid? UpdatedById { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyList<(string Heading, string Text)> Parts =>
    [
        (GuideHeadings.Holdings, Holdings),
        (GuideHeadings.Channels, Channels),
        (GuideHeadings.Application, Application),
        (GuideHeadings.Office, Office),
        (GuideHeadings.Supervision, Supervision),
    ];
}

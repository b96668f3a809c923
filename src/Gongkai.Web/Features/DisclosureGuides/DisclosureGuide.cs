using Gongkai.Domain.DisclosureGuides;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>政府信息公开指南 of one organ, in the five parts the seed names (江津府办发〔2020〕132号
/// 五（三）; headings from <see cref="GuideHeadingSettings"/>). Each part is plain text, one paragraph a line
/// (<see cref="GuideText"/>). Parts 三 and 四 are stored without the organ's address, hours and phone:
/// <see cref="Parts"/> adds them from the current <see cref="OrganContact"/>, so the page, the Word file
/// and the search text always show the current ones.</summary>
public sealed class DisclosureGuide
{
    public int OrganizationId { get; set; }

    /// <summary>一、本机关持有政府信息基本情况.</summary>
    public string Holdings { get; set; } = string.Empty;

    /// <summary>二、本机关对外发布政府信息情况 (channels of proactive disclosure).</summary>
    public string Channels { get; set; } = string.Empty;

    /// <summary>三、政府信息公开申请渠道 (how to apply, handling, fees), without the contact lines.</summary>
    public string Application { get; set; } = string.Empty;

    /// <summary>四、政府信息公开工作机构情况: anything beyond the office's contact lines (often empty).</summary>
    public string Office { get; set; } = string.Empty;

    /// <summary>五、其他事项, including 监督和救济 (Art. 47 complaints, Art. 51 review and litigation).</summary>
    public string OtherMatters { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid? UpdatedById { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The five parts as shown, numbered headings first.</summary>
    public IReadOnlyList<(string Heading, string Text)> Parts(GuideHeadingSet headings, OrganContact contact)
    {
        var numbered = headings.Numbered;
        return
        [
            (numbered[0], Holdings),
            (numbered[1], Channels),
            (numbered[2], GuideContactLines.Application(Application, contact)),
            (numbered[3], GuideContactLines.Office(Office, contact)),
            (numbered[4], OtherMatters),
        ];
    }
}

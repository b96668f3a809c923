using Gongkai.Domain.PublicEnterprises;

namespace Gongkai.Web.Features.Organizations;

/// <summary>An administrative organ (行政机关) of the district, or a Party body named in task tables.</summary>
public sealed class Organization
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string ShortName { get; set; }

    public OrganizationKind Kind { get; set; }

    /// <summary>统一社会信用代码; the first part of every 索引号 the organ issues.</summary>
    public string? CreditCode { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Set when the organ was merged into another; the other keeps this one's names.</summary>
    public int? MergedIntoId { get; set; }

    public int SortOrder { get; set; }

    /// <summary>For a public enterprise (<see cref="OrganizationKind.PublicEnterprise"/>): the
    /// department that supervises its disclosure; its staff may read the enterprise's items.</summary>
    public int? SupervisingOrganizationId { get; set; }

    /// <summary>For a public enterprise: the sector whose special rule sets its columns.</summary>
    public PublicEnterpriseSector? Sector { get; set; }

    // 政府信息公开工作机构 (disclosure office) contact, published in the 指南.
    public string? OfficeName { get; set; }

    public string? OfficeAddress { get; set; }

    public string? OfficeHours { get; set; }

    public string? OfficePhone { get; set; }

    public string? OfficeFax { get; set; }

    public string? OfficeEmail { get; set; }

    /// <summary>The named disclosure office is a subordinate 事业单位 rather than the organ's office or
    /// an internal body (seed 六: the work belongs to the organ itself); flagged on the overview.</summary>
    public bool OfficeIsSubordinateUnit { get; set; }

    // 领导责任备案: the leader responsible for openness work.
    public string? LeaderName { get; set; }

    public string? LeaderPost { get; set; }

    public DateOnly? LeaderFiledOn { get; set; }

    public List<OrganizationFormerName> FormerNames { get; set; } = [];

    /// <summary>Optimistic concurrency: two administrators editing the same organ at once.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

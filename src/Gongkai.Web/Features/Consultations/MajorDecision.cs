using Gongkai.Domain.Consultations;

namespace Gongkai.Web.Features.Consultations;

/// <summary>One item of an organ's yearly 重大行政决策事项目录 (《重大行政决策程序暂行条例》第四条、
/// 第十条): what will be decided, by whom, on what basis, when, and which of the procedures
/// (public hearing, expert review, risk assessment) it needs. Public as soon as it is entered:
/// the catalogue itself is what the organ publishes; its <see cref="Status"/> follows the procedure.</summary>
public sealed class MajorDecision
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public int Year { get; set; }

    public string Name { get; set; } = "";

    /// <summary>承办单位 (may be another organ than the one publishing the catalogue).</summary>
    public string LeadOrgan { get; set; } = "";

    public string LegalBasis { get; set; } = "";

    /// <summary>计划完成时间 as organs write it ("2027年第二季度", "2027年6月").</summary>
    public string PlannedTime { get; set; } = "";

    /// <summary>需要听证 (第十六条).</summary>
    public bool NeedsHearing { get; set; }

    /// <summary>需要专家论证 (第十九条).</summary>
    public bool NeedsExpertReview { get; set; }

    /// <summary>需要风险评估 (第二十二条).</summary>
    public bool NeedsRiskAssessment { get; set; }

    public DecisionStatus Status { get; set; }

    /// <summary>The published decision document (a publication of the organ).</summary>
    public int? ResultPublicationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

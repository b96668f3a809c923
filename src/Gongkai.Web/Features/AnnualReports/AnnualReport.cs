using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>An organ's report on one year: the narrative sections staff wrote and, once submitted,
/// the publication that carries it through review into the 政府信息公开年报 column. The tables are
/// not stored: they are computed from the platform's data on every view, plus the stored
/// <see cref="AnnualReportAdjustment"/>s.</summary>
public sealed class AnnualReport
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public int Year { get; set; }

    public TemplateVersion TemplateVersion { get; set; }

    /// <summary>一、总体情况.</summary>
    public string Overview { get; set; } = string.Empty;

    /// <summary>五、存在的主要问题及改进情况.</summary>
    public string Problems { get; set; } = string.Empty;

    /// <summary>六、其他需要报告的事项.</summary>
    public string OtherMatters { get; set; } = string.Empty;

    /// <summary>The publication created when the report was first submitted for publication.</summary>
    public int? PublicationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyDictionary<string, string> Narratives => new Dictionary<string, string>
    {
        [ReportTemplates.Overview] = Overview,
        [ReportTemplates.Problems] = Problems,
        [ReportTemplates.OtherMatters] = OtherMatters,
    };
}

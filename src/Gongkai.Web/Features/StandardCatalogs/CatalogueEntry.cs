using Gongkai.Domain.StandardCatalogs;

namespace Gongkai.Web.Features.StandardCatalogs;

/// <summary>A row of a standard catalogue (标准目录): the district office's template for an area
/// when <see cref="OrganizationId"/> is null, otherwise an organ's own row. A proactive row published
/// on the government website maps to a column of the organ's platform (<see cref="ColumnId"/>), and
/// its 公开时限 becomes the limit of items published there.</summary>
public sealed class CatalogueEntry
{
    public int Id { get; set; }

    public int AreaId { get; set; }

    public int? OrganizationId { get; set; }

    public int Sequence { get; set; }

    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Content { get; set; }

    public string? Basis { get; set; }

    /// <summary>公开时限 as the catalogue prints it.</summary>
    public string? TimeLimit { get; set; }

    public TimeLimitKind TimeLimitKind { get; set; }

    /// <summary>The per-item limit read from <see cref="TimeLimit"/> (20 when unreadable).</summary>
    public int ItemWorkingDays { get; set; }

    /// <summary>How many months the column may go without a new item before the row is flagged.</summary>
    public int PeriodMonths { get; set; }

    public string? Subject { get; set; }

    public DisclosureChannel Channels { get; set; }

    /// <summary>Channels the catalogue named that are not in the standard list, kept as written.</summary>
    public string? OtherChannels { get; set; }

    public CatalogueAudience Audience { get; set; }

    public CatalogueMode Mode { get; set; }

    public CatalogueLevel Level { get; set; }

    public int? ColumnId { get; set; }

    /// <summary>Import warnings, one per line, shown to staff next to the row.</summary>
    public string? Warnings { get; set; }

    /// <summary>主动 and 政府网站: the row's items are published on the organ's platform.</summary>
    public bool OnWebsite => Mode == CatalogueMode.Proactive && Channels.HasFlag(DisclosureChannel.GovernmentWebsite);
}

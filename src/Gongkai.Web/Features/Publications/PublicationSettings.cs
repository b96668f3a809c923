namespace Gongkai.Web.Features.Publications;

/// <summary>An organ's publication settings. A missing row means the defaults.</summary>
public sealed class PublicationSettings
{
    public int OrganizationId { get; set; }

    /// <summary>Review stages (1–5); 三审三校 means 3 by default (REGULATIONS.md §7.3, UNCONFIRMED).</summary>
    public int ReviewStages { get; set; } = Domain.Publications.ReviewStages.Default;
}

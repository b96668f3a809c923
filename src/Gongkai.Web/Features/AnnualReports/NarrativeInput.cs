namespace Gongkai.Web.Features.AnnualReports;

/// <summary>The narrative form: sections 一, 五 and 六.</summary>
public sealed class NarrativeInput
{
    public string? Overview { get; set; }

    public string? Problems { get; set; }

    public string? OtherMatters { get; set; }

    /// <summary>The report's version when the form was opened; null for a report not yet saved.</summary>
    public Guid? Version { get; set; }
}

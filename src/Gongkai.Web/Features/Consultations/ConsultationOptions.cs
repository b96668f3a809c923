namespace Gongkai.Web.Features.Consultations;

/// <summary>Settings under <c>Gongkai:Consultations</c>.</summary>
public sealed class ConsultationOptions
{
    public const string Section = "Gongkai:Consultations";

    /// <summary>The 意见采纳情况 report is late this many calendar days after the closing date
    /// (the rules set no figure; 30 is the district's practice, so it is a setting).</summary>
    public int ReportDaysAfterClosing { get; set; } = 30;
}

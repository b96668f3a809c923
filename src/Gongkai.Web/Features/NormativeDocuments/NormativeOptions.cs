namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>Settings under "Normative" in appsettings.</summary>
public sealed class NormativeOptions
{
    public const string Section = "Normative";

    /// <summary>政策解读 must follow its policy within this many working days (0: same day).</summary>
    public int InterpretationWorkingDays { get; set; } = Domain.NormativeDocuments.InterpretationRule.DefaultWorkingDays;
}

namespace Gongkai.Domain.Applications;

/// <summary>Stable API codes and Chinese names of <see cref="ApplicantKind"/>. The codes are what the
/// API accepts and what the annual report groups by, so they never change.</summary>
public static class ApplicantKinds
{
    public static IReadOnlyList<ApplicantKind> All { get; } = Enum.GetValues<ApplicantKind>();

    public static string Code(ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "naturalPerson",
        ApplicantKind.Commercial => "commercial",
        ApplicantKind.Research => "research",
        ApplicantKind.Social => "social",
        ApplicantKind.Legal => "legal",
        _ => "otherOrganization",
    };

    public static string Name(ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "自然人",
        ApplicantKind.Commercial => "商业企业",
        ApplicantKind.Research => "科研机构",
        ApplicantKind.Social => "社会公益组织",
        ApplicantKind.Legal => "法律服务机构",
        _ => "其他组织",
    };

    public static ApplicantKind? Parse(string? code) =>
        All.Cast<ApplicantKind?>().FirstOrDefault(k => string.Equals(Code(k!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A stored code back to its value; an unknown code is a corrupt row, not input.</summary>
    public static ApplicantKind FromCode(string code) =>
        Parse(code) ?? throw new InvalidOperationException("Unknown stored applicant kind " + code);
}

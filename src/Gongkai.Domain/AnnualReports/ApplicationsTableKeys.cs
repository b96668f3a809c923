using Gongkai.Domain.Applications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>Stable keys of table 三 (the API contract). The outcome codes are those of
/// the applications feature; in the 2019 template the three 其他处理 codes share one row, <see cref="Other"/>.</summary>
public static class ApplicationsTableKeys
{
    public const string Table = "applications";

    public const string NewReceived = "newReceived";
    public const string CarriedOver = "carriedOver";
    public const string Total = "total";
    public const string CarriedForward = "carriedForward";

    /// <summary>（六）其他处理 as one data row (2019 template only).</summary>
    public const string Other = "other";

    /// <summary>Every outcome code a closed application can have, in the template's order.</summary>
    public static IReadOnlyList<string> OutcomeCodes { get; } =
    [
        "granted", "partlyGranted",
        "denied.stateSecret", "denied.lawForbidden", "denied.safetyStability", "denied.thirdPartyRights",
        "denied.internalAffairs", "denied.processInfo", "denied.enforcementCase", "denied.adminQuery",
        "unable.notHeld", "unable.needsCreation", "unable.unclearAfterCorrection",
        "notProcessed.petition", "notProcessed.repeat", "notProcessed.publication", "notProcessed.massRepeated", "notProcessed.confirmExisting",
        "other.noCorrection", "other.feeUnpaid", "other.other",
    ];

    public const string NaturalPerson = "naturalPerson";
    public const string TotalColumn = "total";

    /// <summary>Column key of each applicant kind, in column order.</summary>
    public static string ColumnOf(ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => NaturalPerson,
        ApplicantKind.Commercial => "commercial",
        ApplicantKind.Research => "research",
        ApplicantKind.Social => "social",
        ApplicantKind.Legal => "legal",
        ApplicantKind.OtherOrganization => "otherOrganization",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的申请人类型"),
    };

    public static IReadOnlyList<string> ApplicantColumns { get; } = Enum.GetValues<ApplicantKind>().Select(ColumnOf).ToArray();

    /// <summary>The data row an outcome code is counted in under the given template, or null for an unknown code.</summary>
    public static string? RowOf(string outcomeCode, TemplateVersion version)
    {
        if (!OutcomeCodes.Contains(outcomeCode))
        {
            return null;
        }

        return version == TemplateVersion.V2019 && outcomeCode.StartsWith("other.", StringComparison.Ordinal) ? Other : outcomeCode;
    }
}

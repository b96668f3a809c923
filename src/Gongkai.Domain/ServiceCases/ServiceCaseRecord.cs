namespace Gongkai.Domain.ServiceCases;

/// <summary>One 办件 as the district's 政务服务 system hands it over (a pushed JSON object or a row
/// of an import sheet). The applicant's name, phone and ID number arrive in full; the platform keeps
/// the name only encrypted and of the phone and ID number only their last four characters, as a
/// check for the public look-up.</summary>
public sealed record ServiceCaseRecord
{
    public string Number { get; init; } = "";

    public string ItemCode { get; init; } = "";

    public string ItemName { get; init; } = "";

    /// <summary>办理机关, by name (or short name) as the 政务服务 system spells it.</summary>
    public string Organization { get; init; } = "";

    public string? Applicant { get; init; }

    public string? Phone { get; init; }

    public string? IdNumber { get; init; }

    public DateOnly? AcceptedOn { get; init; }

    public string? CurrentStep { get; init; }

    public IReadOnlyList<ServiceCaseStepRecord> Steps { get; init; } = [];

    public DateOnly? PromisedOn { get; init; }

    public DateOnly? FinishedOn { get; init; }

    public string? Result { get; init; }
}

/// <summary>One step of a case's history (受理, 审查, 决定, 送达…) and the day it was reached.</summary>
public sealed record ServiceCaseStepRecord(string Name, DateOnly On);

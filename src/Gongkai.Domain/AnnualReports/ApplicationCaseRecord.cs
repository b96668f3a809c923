using Gongkai.Domain.Applications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>What table 三 needs to know of one disclosure application: when it was received, when
/// it was closed (答复 or otherwise ended; null while open), its outcome code (one of
/// <see cref="ApplicationsTableKeys.OutcomeCodes"/>) and the applicant's kind.</summary>
public readonly record struct ApplicationCaseRecord(DateOnly ReceivedOn, DateOnly? ClosedOn, string? OutcomeCode, ApplicantKind Applicant);

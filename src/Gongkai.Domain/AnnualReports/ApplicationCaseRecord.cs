using Gongkai.Domain.Applications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>What table 三 needs to know of one disclosure application: when it was received, when
/// it was closed (答复 or otherwise ended; null while open), its outcome code (one of
/// <see cref="ApplicationsTableKeys.OutcomeCodes"/>) and the applicant's kind. <paramref name="Count"/>
/// lets a source that groups cases in SQL give one record for a whole group of alike cases.</summary>
public readonly record struct ApplicationCaseRecord(DateOnly ReceivedOn, DateOnly? ClosedOn, string? OutcomeCode, ApplicantKind Applicant, long Count = 1);

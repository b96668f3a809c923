namespace Gongkai.Domain.TaskDivision;

/// <summary>What the platform knows of one organ's work on a notice: the measures it is responsible
/// for and how many it finished by their due date; the reports it owed (one per measure, one per
/// ended period of a recurring duty) and filed; its reports and how many carry evidence.</summary>
public sealed record OrganTaskFacts(int Measures, int DoneOnTime, int ReportsOwed, int ReportsOwedFiled, int Reports, int ReportsWithEvidence);

namespace Gongkai.Web.Features.NormativeDocuments;

/// <summary>For the annual report (table 二 of the 2021 template): per organ and year, documents
/// issued (成文 that year), repealed (废止 effective that year) and in force on 31 December.</summary>
public sealed record AnnualCounts(int OrganizationId, int Year, int Issued, int Repealed, int InForceAtYearEnd);

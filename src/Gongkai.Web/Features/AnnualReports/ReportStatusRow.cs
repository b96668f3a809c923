namespace Gongkai.Web.Features.AnnualReports;

/// <summary>One organ's line in the district office's overview.</summary>
public sealed record ReportStatusRow(int OrganizationId, string OrganName, AnnualReportStatus Status, DateOnly Deadline, bool Late, DateOnly? PublishedOn, int? PublicationId);

namespace Gongkai.Web.Features.AnnualReports;

/// <summary>The person may not do this with this organ's report (403 with the message).</summary>
public sealed class AnnualReportForbiddenException(string message) : Exception(message);

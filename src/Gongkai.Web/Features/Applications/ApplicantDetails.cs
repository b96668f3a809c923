namespace Gongkai.Web.Features.Applications;

/// <summary>An applicant's personal data, decrypted for a case handler (the view is audited).</summary>
public sealed record ApplicantDetails(string? IdNumber, string? Phone, string? Email, string? Address);

namespace Gongkai.Web.Features.Identity;

/// <summary>Authorisation policy names. Pages and endpoints name one of these; organisation-level
/// checks go through <see cref="StaffAccess"/>.</summary>
public static class Policies
{
    /// <summary>Any signed-in staff member (cookie on pages, bearer token on /api).</summary>
    public const string Staff = "Staff";

    public const string SystemAdmin = "SystemAdmin";

    public const string SecurityAdmin = "SecurityAdmin";

    public const string AuditAdmin = "AuditAdmin";

    /// <summary>Either duty that resets credentials (the account decides which, <see cref="CredentialResets"/>).</summary>
    public const string CredentialAdmin = "CredentialAdmin";
}

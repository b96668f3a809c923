namespace Gongkai.Web.Shared;

/// <summary>Authorisation policy names (defined with their requirements by the Identity feature).
/// Pages and endpoints name one of these; organisation-level checks go through Identity's <c>StaffAccess</c>.</summary>
public static class Policies
{
    /// <summary>Any signed-in staff member (cookie on pages, bearer token on /api).</summary>
    public const string Staff = "Staff";

    public const string SystemAdmin = "SystemAdmin";

    public const string SecurityAdmin = "SecurityAdmin";

    public const string AuditAdmin = "AuditAdmin";

    /// <summary>Either duty that resets credentials (the account decides which: Identity's <c>CredentialResets</c>).</summary>
    public const string CredentialAdmin = "CredentialAdmin";
}

namespace Gongkai.Web.Features.Identity;

/// <summary>One password a staff account has had, as its Identity hash (never the password):
/// a new password may not be any of the last <c>Gongkai:Security:PasswordHistoryCount</c>
/// (等保 8.1.4.1 a 定期更换 would be empty if the old one could simply be set again).</summary>
public sealed class PasswordHistoryEntry
{
    public int Id { get; set; }

    public Guid UserId { get; set; }

    public string PasswordHash { get; set; } = "";

    public DateTimeOffset SetAt { get; set; }
}

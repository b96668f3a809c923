namespace Gongkai.Web.Features.Identity;

/// <summary>One sign-in attempt, shown to the person and to administrators (sign-in history).</summary>
public sealed class SignInRecord
{
    public long Id { get; set; }

    public Guid? UserId { get; set; }

    public required string UserName { get; set; }

    public DateTimeOffset At { get; set; }

    public bool Success { get; set; }

    /// <summary>Why it failed, or how it succeeded (password, password+TOTP, recovery code, token).</summary>
    public required string Result { get; set; }

    public string? Ip { get; set; }

    public string? UserAgent { get; set; }
}

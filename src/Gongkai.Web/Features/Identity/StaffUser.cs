using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Identity;

/// <summary>A staff member's account. Business roles are held per organisation
/// (<see cref="StaffMembership"/>); the three administrator duties are Identity roles
/// (<see cref="AdminRoles"/>).</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the password was last set; staff passwords expire under Level3.</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }

    /// <summary>Set for first-run and reset passwords: the person must choose their own.</summary>
    public bool MustChangePassword { get; set; }

    public bool IsDisabled { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The last TOTP time step accepted, so a code cannot be used twice (ASVS 2.8.4).</summary>
    public long LastTotpStep { get; set; }

    public List<StaffMembership> Memberships { get; set; } = [];
}

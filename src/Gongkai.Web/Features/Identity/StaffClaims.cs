using System.Globalization;
using System.Security.Claims;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>Adds to the sign-in cookie what the gate in <see cref="IdentityFeature"/> checks on
/// every request, so the check needs no database query: must the password change, how old is it,
/// is a second factor enrolled.</summary>
public sealed class StaffClaims(UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> identity)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<Guid>>(users, roles, identity)
{
    public const string MustChangePassword = "gk:mustChangePassword";
    public const string PasswordChangedAt = "gk:passwordChangedAt";
    public const string SecondFactor = "gk:secondFactor";
    public const string DisplayName = "gk:displayName";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var id = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            id.AddClaim(new Claim(MustChangePassword, "1"));
        }

        id.AddClaim(new Claim(PasswordChangedAt, (user.PasswordChangedAt ?? user.CreatedAt).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        if (user.TwoFactorEnabled)
        {
            id.AddClaim(new Claim(SecondFactor, "1"));
        }

        id.AddClaim(new Claim(DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return id;
    }

    /// <summary>Where the person must go before anything else, or null when they may proceed.</summary>
    public static string? RequiredStep(ClaimsPrincipal user, SecurityOptions security, DateTimeOffset now)
    {
        if (user.HasClaim(MustChangePassword, "1"))
        {
            return "/account/change-password";
        }

        if (!security.IsLevel3)
        {
            return null;
        }

        if (long.TryParse(user.FindFirstValue(PasswordChangedAt), out var changed)
            && now - DateTimeOffset.FromUnixTimeSeconds(changed) > TimeSpan.FromDays(security.PasswordMaxAgeDays))
        {
            return "/account/change-password";
        }

        return user.HasClaim(SecondFactor, "1") ? null : "/account/authenticator";
    }
}

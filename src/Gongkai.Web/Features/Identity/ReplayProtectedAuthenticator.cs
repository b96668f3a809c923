using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Gongkai.Web.Features.Identity;

/// <summary>TOTP (RFC 6238) verification that refuses a code whose time step was already used
/// (ASVS 2.8.4): Identity's own provider accepts the same code again within its window.</summary>
public sealed class ReplayProtectedAuthenticator(TimeProvider clock) : AuthenticatorTokenProvider<StaffUser>
{
    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, VerificationWindow.RfcSpecifiedNetworkDelay)
            || step <= user.LastTotpStep)
        {
            return false;
        }

        user.LastTotpStep = step;
        await manager.UpdateAsync(user);
        return true;
    }
}

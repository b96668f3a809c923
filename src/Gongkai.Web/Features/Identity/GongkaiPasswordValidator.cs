using Gongkai.Domain.Identity;
using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>Plugs the domain <see cref="PasswordPolicy"/> into Identity, so every way of setting a
/// password (creation, change, reset) goes through it, and refuses the account's recent passwords
/// (<see cref="PasswordHistory"/>).</summary>
public sealed class GongkaiPasswordValidator(IOptions<GongkaiOptions> options, GongkaiDbContext db, PasswordHistory history) : IPasswordValidator<StaffUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        var problems = PasswordPolicy.Check(password ?? "", user.UserName, options.Value.Security.PasswordMinLength).ToList();
        if (problems.Count == 0 && !string.IsNullOrEmpty(password) && await IsRecentAsync(manager, user, password))
        {
            problems.Add($"新密码不能与最近 {history.Count} 次使用过的密码相同。");
        }

        return problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = "PasswordPolicy", Description = p })]);
    }

    private async Task<bool> IsRecentAsync(UserManager<StaffUser> manager, StaffUser user, string password)
    {
        var hashes = await history.RecentHashesAsync(db, user.Id);
        if (user.PasswordHash is { } current && !hashes.Contains(current))
        {
            hashes.Insert(0, current);
        }

        return hashes.Take(history.Count)
            .Any(hash => manager.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed);
    }
}

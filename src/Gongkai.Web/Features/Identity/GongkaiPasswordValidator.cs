using Gongkai.Domain.Identity;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

/// <summary>Plugs the domain <see cref="PasswordPolicy"/> into Identity, so every way of setting a
/// password (creation, change, reset) goes through it.</summary>
public sealed class GongkaiPasswordValidator(IOptions<GongkaiOptions> options) : IPasswordValidator<StaffUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        var problems = PasswordPolicy.Check(password ?? "", user.UserName, options.Value.Security.PasswordMinLength);
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = "PasswordPolicy", Description = p })]));
    }
}

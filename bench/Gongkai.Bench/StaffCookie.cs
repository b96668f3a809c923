using System.Globalization;
using Gongkai.Web;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Bench;

/// <summary>Usage: Gongkai.Bench staff-cookie &lt;data-directory&gt; &lt;organization-id&gt;.
/// Prints a sign-in cookie (<c>gongkai.auth=…</c>) of an editor of the organ, so that
/// bench/publications.sh can measure a staff page as a signed-in person gets it. Signing in through
/// the pages would need a password change and a TOTP enrolment first (Level3); instead this builds
/// the app's own services on the same data directory, creates (once) the account <c>bench-editor</c>
/// with a second factor enrolled, and seals a ticket with the cookie handler's own format. The keys
/// are the app's: they live in the database and the application name is fixed (IdentityFeature).</summary>
public static class StaffCookie
{
    private const string UserName = "bench-editor";

    public static async Task<int> RunAsync(string directory, int organizationId)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = typeof(GongkaiApp).Assembly.GetName().Name });
        builder.Configuration["Gongkai:DataDirectory"] = Path.GetFullPath(directory);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddGongkai([]);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var now = DateTimeOffset.UtcNow;
        var user = await users.FindByNameAsync(UserName);
        if (user is null)
        {
            user = new StaffUser
            {
                UserName = UserName,
                DisplayName = "基准测试编辑",
                CreatedAt = now,
                PasswordChangedAt = now,
                TwoFactorEnabled = true,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                Console.Error.WriteLine(string.Join("; ", created.Errors.Select(e => e.Description)));
                return 1;
            }

            var db = services.GetRequiredService<GongkaiDbContext>();
            if (!await db.Set<Organization>().AnyAsync(o => o.Id == organizationId))
            {
                Console.Error.WriteLine($"no organization {organizationId}");
                return 1;
            }

            db.Add(new StaffMembership { UserId = user.Id, OrganizationId = organizationId, Role = BusinessRole.Editor });
            await db.SaveChangesAsync();
        }

        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(user);
        var cookie = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + cookie.ExpireTimeSpan };
        // What IdentityFeature's OnSigningIn adds: the start of the absolute session lifetime.
        properties.Items["gk.signedInAt"] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme);
        Console.WriteLine($"{cookie.Cookie.Name}={cookie.TicketDataFormat.Protect(ticket)}");
        return 0;
    }
}

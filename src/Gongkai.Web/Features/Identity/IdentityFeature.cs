using Gongkai.Web.Data;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Mail;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Identity;

public static class IdentityFeature
{
    /// <summary>Pages chooses cookie, /api chooses bearer: an API call carrying only a cookie is
    /// unauthenticated, which also closes the door to cross-site request forgery on the API.</summary>
    public const string SelectorScheme = "Gongkai";

    private const string SignedInAtKey = "gk.signedInAt";

    public static IServiceCollection AddIdentityFeature(this IServiceCollection services, GongkaiOptions options)
    {
        var security = options.Security;
        services.AddIdentity<StaffUser, IdentityRole<Guid>>(o =>
            {
                // The composition rule lives in GongkaiPasswordValidator; Identity's own checks are off.
                o.Password.RequiredLength = security.PasswordMinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = security.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.Tokens.AuthenticatorTokenProvider = "GongkaiAuthenticator";
            })
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayProtectedAuthenticator>("GongkaiAuthenticator")
            .AddPasswordValidator<GongkaiPasswordValidator>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<StaffClaims>();

        // A disabled account or a changed password ends other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "gongkai.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(security.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            // A page refusal is a 403 (shown by the error page), not a redirect, and is audited.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return RecordDenialAsync(context.HttpContext);
            };
            o.Events.OnSigningIn = context =>
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                context.Properties.Items.TryAdd(SignedInAtKey, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = async context =>
            {
                // Absolute lifetime: sliding renewal must not keep a session alive past it.
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                if (context.Properties.Items.TryGetValue(SignedInAtKey, out var at) && long.TryParse(at, out var seconds)
                    && now - DateTimeOffset.FromUnixTimeSeconds(seconds) > TimeSpan.FromHours(security.AbsoluteTimeoutHours))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                // The stamp in the cookie must still be the account's: sign-out, a password change or
                // an administrator's reset renews it and the old cookie dies on its next request
                //. One indexed read per staff request; the full refresh of the
                // principal stays at SecurityStampValidatorOptions.ValidationInterval.
                if (!await StampIsCurrentAsync(context))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultAuthenticateScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
                o.DefaultForbidScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? ApiTokenAuthentication.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.SystemAdmin, p => p.RequireRole(AdminRoles.System))
            .AddPolicy(Policies.SecurityAdmin, p => p.RequireRole(AdminRoles.Security))
            .AddPolicy(Policies.CredentialAdmin, p => p.RequireRole(AdminRoles.System, AdminRoles.Security))
            .AddPolicy(Policies.AuditAdmin, p => p.RequireRole(AdminRoles.Audit));

        // Keys for cookies and anti-forgery tokens are shared by every node through the database.
        services.AddDataProtection().SetApplicationName("Gongkai").PersistKeysToDbContext<GongkaiDbContext>();

        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PasswordHistory>();
        services.ConfigureDatabaseOptions((sp, o) => o.AddInterceptors(sp.GetRequiredService<PasswordHistory>()));
        services.AddScoped<StaffAccess>();
        services.AddScoped<Organizations.IOrganizationStaff, OrganizationStaff>();
        services.AddScoped<CredentialResets>();
        services.AddMailFeature();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = CredentialResets.TokenLifespan);
        services.AddScoped<SignInHistory>();
        services.AddScoped<ApiTokenRevoker>();
        services.AddSingleton<IStartupSeeder, IdentitySeeder>();
        services.AddSingleton<IStartupSeeder, DemoAccountSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, DemoAccountsOwner>();
        return services;
    }

    private static async Task<bool> StampIsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = context.Principal?.FindFirst(claimType)?.Value;
        if (!Guid.TryParse(context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var userId) || stamp is null)
        {
            return false;
        }

        var db = services.GetRequiredService<GongkaiDbContext>();
        var current = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp), context.HttpContext.RequestAborted);
        return string.Equals(current, stamp, StringComparison.Ordinal);
    }

    /// <summary>Before any staff page: a first-run or expired password must be changed, and under
    /// Level3 a second factor enrolled.</summary>
    public static void UseIdentityFeature(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true && !path.StartsWithSegments("/api")
            && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/css") && !path.StartsWithSegments("/error")
            && !path.StartsWithSegments("/healthz") && !path.StartsWithSegments("/preferences"))
        {
            var security = context.RequestServices.GetRequiredService<IOptions<GongkaiOptions>>().Value.Security;
            var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (StaffClaims.RequiredStep(context.User, security, now) is { } step)
            {
                context.Response.Redirect(step);
                return;
            }
        }

        await next();
    });

    /// <summary>Every access denial goes into the audit log (8.1.4.3 a).</summary>
    public static Task RecordDenialAsync(HttpContext context) =>
        context.RequestServices.GetRequiredService<Audit.AuditTrail>()
            .WriteAsync("access.denied", success: false, targetType: "Path", targetId: context.Request.Path.Value is { Length: > 128 } p ? p[..128] : context.Request.Path.Value);

    public static void MapIdentityEndpoints(this IEndpointRouteBuilder app) => app.MapApiTokenEndpoints();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>Signed-in clients for tests. Accounts are made through Identity (as the staff admin
/// page would) with a second factor enrolled, and sign in through the real login pages.</summary>
public static partial class StaffClients
{
    public const string Password = "Staff-Test-Pass-2026!x";

    /// <summary>Creates a staff account with a TOTP secret enrolled and the given business roles.</summary>
    public static async Task<StaffUser> CreateStaffAsync(this GongkaiFactory factory, string userName,
        IEnumerable<(int OrganizationId, BusinessRole Role)>? roles = null, string? adminRole = null, bool enrolSecondFactor = true)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = userName,
            CreatedAt = factory.Clock.GetUtcNow(),
            PasswordChangedAt = factory.Clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, Password));
        if (enrolSecondFactor)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        if (adminRole is not null)
        {
            Check(await users.AddToRoleAsync(user, adminRole));
        }

        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        foreach (var (organizationId, role) in roles ?? [])
        {
            db.Add(new StaffMembership { UserId = user.Id, OrganizationId = organizationId, Role = role });
        }

        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>A fresh account with the given roles, signed in through the login pages.</summary>
    public static async Task<HttpClient> StaffClientAsync(this GongkaiFactory factory, string userName,
        params (int OrganizationId, BusinessRole Role)[] roles)
    {
        await factory.CreateStaffAsync(userName, roles);
        return await factory.SignInAsync(userName, Password);
    }

    public static async Task<HttpClient> AdminClientAsync(this GongkaiFactory factory, string adminRole)
    {
        var userName = adminRole.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..6];
        await factory.CreateStaffAsync(userName, adminRole: adminRole);
        return await factory.SignInAsync(userName, Password);
    }

    public static Task<HttpClient> SystemAdminClientAsync(this GongkaiFactory factory) => factory.AdminClientAsync(AdminRoles.System);

    public static Task<HttpClient> SecurityAdminClientAsync(this GongkaiFactory factory) => factory.AdminClientAsync(AdminRoles.Security);

    public static Task<HttpClient> AuditAdminClientAsync(this GongkaiFactory factory) => factory.AdminClientAsync(AdminRoles.Audit);

    /// <summary>Signs in with password and, when enrolled, the current TOTP code.</summary>
    public static async Task<HttpClient> SignInAsync(this GongkaiFactory factory, string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/account/login", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"登录失败：{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        if (response.Headers.Location?.OriginalString.StartsWith("/account/login-2fa", StringComparison.Ordinal) == true)
        {
            response = await client.PostFormAsync("/account/login-2fa", new() { ["Code"] = await factory.TotpAsync(userName) });
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"第二因素失败：{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        return client;
    }

    /// <summary>The current TOTP code for an enrolled account. Moves the clock on 30 s first, so
    /// consecutive calls never reuse a time step (reuse is refused, ASVS 2.8.4).</summary>
    public static async Task<string> TotpAsync(this GongkaiFactory factory, string userName)
    {
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException("no such user " + userName);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("no authenticator for " + userName);
        return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>A bearer token for the API, through <c>POST /api/v1/auth/token</c>.</summary>
    public static async Task<string> ApiTokenAsync(this GongkaiFactory factory, string userName, string password = Password)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totp = await factory.TotpAsync(userName) });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"令牌签发失败：{response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
    }

    public static HttpClient ApiClient(this GongkaiFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>GETs the form page, takes its anti-forgery token, and POSTs the fields to it
    /// (or to <paramref name="action"/> when the form posts elsewhere).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, Dictionary<string, string> fields, string? action = null)
    {
        var html = await client.GetStringAsync(page);
        var token = AntiforgeryField().Match(html);
        var form = new Dictionary<string, string>(fields);
        if (token.Success)
        {
            form["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(form));
    }

    /// <summary>Like <see cref="PostFormAsync"/>, as multipart/form-data with files (field, file name, bytes).</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string page, Dictionary<string, string> fields,
        IEnumerable<(string Field, string FileName, byte[] Content)> files, string? action = null)
    {
        var html = await client.GetStringAsync(page);
        var token = AntiforgeryField().Match(html);
        using var form = new MultipartFormDataContent();
        if (token.Success)
        {
            form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, field, fileName);
        }

        return await client.PostAsync(action ?? page, form);
    }

    public static async Task<int> OrganizationIdAsync(this GongkaiFactory factory, string shortName)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await db.Set<Features.Organizations.Organization>().Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryField();
}

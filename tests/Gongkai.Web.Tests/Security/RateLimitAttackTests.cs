using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (per-purpose rate limits, no account enumeration): one bucket per purpose and client, forwarded headers only
/// from configured proxies, and a per-address throttle before the per-account lockout.</summary>
public sealed class RateLimitAttackTests
{
    private static HttpClient ClientFrom(GongkaiFactory factory, string peer, string? forwardedFor = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(PeerAddressFilter.Header, peer);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    private static Task<HttpResponseMessage> TokenAsync(HttpClient client, string userName = "nobody") =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Wrong-Password-123!" });

    [Fact]
    public async Task StatusLookupsDoNotLockOutSignIn()
    {
        using var factory = new GongkaiFactory()
            .With("Gongkai:Security:StatusLookupsPerMinutePerClient", "3")
            .With("Gongkai:Security:SignInsPerMinutePerIp", "3")
            .With("Gongkai:Security:SecondFactorsPerMinutePerIp", "3");
        await factory.CreateStaffAsync("clerk-at-desk");
        var office = ClientFrom(factory, "198.51.100.20");
        for (var i = 0; i < 3; i++)
        {
            var lookup = await office.PostFormAsync("/yisqgk/status", new() { ["Code"] = "GK-NOPE-" + i, ["Password"] = "x" });
            Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        }

        var limited = await office.PostFormAsync("/yisqgk/status", new() { ["Code"] = "GK-NOPE", ["Password"] = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);

        // Same address, same minute: the staff member still signs in (password and second factor).
        var login = await office.PostFormAsync("/account/login", new() { ["UserName"] = "clerk-at-desk", ["Password"] = StaffClients.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var second = await office.PostFormAsync("/account/login-2fa", new() { ["Code"] = await factory.TotpAsync("clerk-at-desk") });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/admin", second.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SpoofedForwardedForFromAnUnknownAddressDoesNotChangeTheBucket()
    {
        using var factory = new GongkaiFactory().With("Gongkai:Security:TokenRequestsPerMinutePerIp", "2");
        for (var i = 1; i <= 2; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(ClientFrom(factory, "203.0.113.7", $"198.51.100.{i}"))).StatusCode);
        }

        // A fresh X-Forwarded-For on every request would be a fresh bucket if it were believed.
        var spoofed = await TokenAsync(ClientFrom(factory, "203.0.113.7", "198.51.100.99"));
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
        Assert.Equal("application/problem+json", spoofed.Content.Headers.ContentType?.MediaType);

        // Another real client is unaffected.
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(ClientFrom(factory, "203.0.113.8"))).StatusCode);
    }

    [Fact]
    public async Task ClientsBehindAConfiguredGatewayEachHaveTheirOwnBucket()
    {
        using var factory = new GongkaiFactory()
            .With("Gongkai:Security:TokenRequestsPerMinutePerIp", "2")
            .With("Gongkai:Network:KnownProxies:0", "10.0.0.5");
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(ClientFrom(factory, "10.0.0.5", $"198.51.100.{i}"))).StatusCode);
        }

        await TokenAsync(ClientFrom(factory, "10.0.0.5", "198.51.100.50"));
        await TokenAsync(ClientFrom(factory, "10.0.0.5", "198.51.100.50"));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenAsync(ClientFrom(factory, "10.0.0.5", "198.51.100.50"))).StatusCode);
    }

    [Fact]
    public async Task FloodOfApiSubmissionsIsLimitedPerClient()
    {
        using var factory = new GongkaiFactory().With("Gongkai:Security:PublicWritesPerMinutePerClient", "2");
        var flooder = ClientFrom(factory, "198.51.100.66");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await flooder.PostAsJsonAsync("/api/v1/applications", new { })).StatusCode);
        }

        var limited = await flooder.PostAsJsonAsync("/api/v1/applications", new { });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());

        // The form on the portal shares the public-write bucket; another citizen does not.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await flooder.PostFormAsync("/yisqgk/apply", new() { ["Input.Description"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ClientFrom(factory, "198.51.100.67").PostAsJsonAsync("/api/v1/applications", new { })).StatusCode);
    }

    [Fact]
    public async Task OneAddressCannotLockOutAnAdministrator()
    {
        using var factory = new GongkaiFactory().With("Gongkai:Security:FailedSignInsPerAccountPerIp", "3");
        await factory.CreateStaffAsync("sec-target");
        var attacker = ClientFrom(factory, "203.0.113.66");
        string? last = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await attacker.PostFormAsync("/account/login", new() { ["UserName"] = "sec-target", ["Password"] = "Guess-Password-" + i });
            last = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("该地址登录失败次数过多", last);
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync("sec-target"))!;
            Assert.False(await users.IsLockedOutAsync(user));
            Assert.Equal(3, await users.GetAccessFailedCountAsync(user));
        }

        // The owner, at another address, signs in.
        var owner = ClientFrom(factory, "198.51.100.5");
        var login = await owner.PostFormAsync("/account/login", new() { ["UserName"] = "sec-target", ["Password"] = StaffClients.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Identity;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_per_minute_limit_get_429_with_retry_after()
    {
        // Token requests and password sign-ins have buckets of their own.
        using var factory = new GongkaiFactory().With("Gongkai:Security:SignInsPerMinutePerIp", "3")
            .With("Gongkai:Security:TokenRequestsPerMinutePerIp", "3");
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "x" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());

        // Reading the sign-in page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/account/login", new() { ["UserName"] = "nobody", ["Password"] = "x" })).StatusCode);
        }

        var form = await client.PostFormAsync("/account/login", new() { ["UserName"] = "nobody", ["Password"] = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
    }
}

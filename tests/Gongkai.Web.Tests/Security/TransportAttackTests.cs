using System.Net;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (TLS behind a gateway): behind a TLS-terminating gateway the cookies are Secure and HSTS
/// is sent, Kestrel's Server header is off, and feed links ignore a forged Host header.</summary>
public sealed class TransportAttackTests
{
    private const string Gateway = "10.0.0.5";

    [Fact]
    public async Task HttpsAtTheGatewayGivesSecureCookiesAndHsts()
    {
        using var factory = new GongkaiFactory().With("Gongkai:Network:KnownProxies:0", Gateway);
        using var deployed = factory.WithWebHostBuilder(b => b.UseEnvironment("Staging"));
        var client = deployed.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://www.jiangjin.gov.cn") });
        client.DefaultRequestHeaders.Add(PeerAddressFilter.Header, Gateway);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.30");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var login = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.StartsWith("max-age=", login.Headers.GetValues("Strict-Transport-Security").Single());
        var antiforgery = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var preference = await client.GetAsync("/preferences/large-text?on=1");
        Assert.Contains("secure", preference.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);

        // The same forwarded header from a stranger is not believed: plain HTTP, no HSTS, no Secure.
        var stranger = deployed.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://www.jiangjin.gov.cn") });
        stranger.DefaultRequestHeaders.Add(PeerAddressFilter.Header, "203.0.113.9");
        stranger.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var plain = await stranger.GetAsync("/account/login");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", plain.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void KestrelDoesNotAnnounceItself()
    {
        using var factory = new GongkaiFactory();
        using var scope = factory.Scope();
        Assert.False(scope.ServiceProvider.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task ForgedHostHeaderDoesNotReachFeedOrSitemapLinks()
    {
        // One host on the data directory: a second (WithWebHostBuilder) would open the same search index.
        using var factory = new DeployedFactory();
        var client = factory.CreateClient();
        var orgId = await factory.OrganizationIdAsync("区民政局");
        foreach (var path in new[] { "/sitemap.xml", $"/xxgk/{orgId}/atom.xml", $"/xxgk/{orgId}/rss.xml" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = "evil.example";
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>The application outside Development and Testing, as deployed without AllowedHosts.</summary>
    private sealed class DeployedFactory : GongkaiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Staging");
        }
    }
}

using Gongkai.Web.Shared.Network;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>Every response names its request, with the gateway's id when it sent a plain one, so a
/// complaint about one page can be followed through the gateway's and every node's logs.</summary>
public sealed class RequestIdTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_gateways_request_id_is_kept_and_a_missing_or_malformed_one_is_replaced()
    {
        var client = factory.CreateClient();

        using var given = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        given.Headers.Add(RequestIds.Header, "3f2a9c0d1e8b4a5f9c7d6e5f4a3b2c1d");
        var kept = await client.SendAsync(given);
        Assert.Equal("3f2a9c0d1e8b4a5f9c7d6e5f4a3b2c1d", kept.Headers.GetValues(RequestIds.Header).Single());

        var generated = (await client.GetAsync("/")).Headers.GetValues(RequestIds.Header).Single();
        Assert.Matches("^[0-9a-f]{32}$", generated);

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/");
        forged.Headers.TryAddWithoutValidation(RequestIds.Header, "x\" level=error msg=伪造");
        var replaced = (await client.SendAsync(forged)).Headers.GetValues(RequestIds.Header).Single();
        Assert.Matches("^[0-9a-f]{32}$", replaced);
    }
}

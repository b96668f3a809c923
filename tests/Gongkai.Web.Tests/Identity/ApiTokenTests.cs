using System.Net;
using System.Net.Http.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Identity;

public sealed class ApiTokenTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task A_token_is_issued_for_password_and_totp_and_works_until_revoked()
    {
        await factory.CreateStaffAsync("api-user");
        var token = await factory.ApiTokenAsync("api-user");
        var api = factory.ApiClient(token);

        var list = await api.GetAsync("/api/v1/auth/tokens");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var tokens = await list.Content.ReadFromJsonAsync<List<TokenRow>>();
        var mine = Assert.Single(tokens!);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/auth/tokens/{mine.Id}")).StatusCode);
        var after = await api.GetAsync("/api/v1/auth/tokens");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        await factory.CreateStaffAsync("api-expiry");
        var api = factory.ApiClient(await factory.ApiTokenAsync("api-expiry"));
        factory.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/auth/tokens")).StatusCode);
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes()
    {
        await factory.CreateStaffAsync("api-hash");
        var token = await factory.ApiTokenAsync("api-hash");
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Set<ApiToken>().Select(t => t.TokenHash).ToListAsync();
            Assert.DoesNotContain(token, stored);
            Assert.Contains(ApiTokenAuthentication.HashOf(token), stored);
        });
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("{\"userName\":\"nobody-here\",\"password\":\"x\"}", HttpStatusCode.Unauthorized)]
    public async Task Bad_token_requests_get_Chinese_problem_details(string body, HttpStatusCode expected)
    {
        var response = await factory.CreateClient().PostAsync("/api/v1/auth/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(expected, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"detail\":", text);
        Assert.Matches("[\u4e00-\u9fff]", text);
    }

    [Fact]
    public async Task A_token_request_without_the_second_factor_is_refused()
    {
        await factory.CreateStaffAsync("api-no-totp");
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "api-no-totp", password = StaffClients.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("动态口令", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_ignores_a_sign_in_cookie()
    {
        var browser = await factory.StaffClientAsync("cookie-only");
        var response = await browser.GetAsync("/api/v1/auth/tokens");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Security_admin_can_revoke_anyone_s_token_from_the_admin_page()
    {
        await factory.CreateStaffAsync("api-victim");
        var token = await factory.ApiTokenAsync("api-victim");
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Set<ApiToken>().Where(t => t.TokenHash == ApiTokenAuthentication.HashOf(token)).Select(t => t.Id).SingleAsync());

        var secadmin = await factory.SecurityAdminClientAsync();
        Assert.Contains("api-victim", await secadmin.GetStringAsync("/admin/tokens"));
        var revoked = await secadmin.PostFormAsync("/admin/tokens", new(), $"/admin/tokens?handler=Revoke&id={id}");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ApiClient(token).GetAsync("/api/v1/auth/tokens")).StatusCode);
    }

    private sealed record TokenRow(int Id, string Prefix, bool Active);
}

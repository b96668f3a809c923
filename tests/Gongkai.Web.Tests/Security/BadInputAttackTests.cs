using System.Net;
using System.Text;
using System.Text.Json;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Security;

/// <summary>Security review (bad input without a 500, API errors, health details, password history): the inputs that gave unhandled 500s now give a clear 400
/// or the page again with a Chinese message, and every /api/ answer is problem-details JSON.</summary>
public sealed class BadInputAttackTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Theory]
    [InlineData("to=9999-12-31")]
    [InlineData("from=0001-01-01")]
    [InlineData("from=0001-01-01&to=9999-12-31&sort=date")]
    public async Task SearchWithDatesAtTheEndsOfTheCalendarIsNotA500(string query)
    {
        var client = factory.CreateClient();
        var page = await client.GetAsync("/search?q=通知&" + query);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("已忽略", await page.Content.ReadAsStringAsync());

        var api = await client.GetAsync("/api/v1/search?q=通知&" + query);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("已忽略", await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeadlineFromTheLastDateOfTheCalendarIsA400()
    {
        var client = factory.CreateClient();
        var api = await client.GetAsync("/api/v1/calendar/deadline?from=9999-12-31&workingDays=20");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("超出可计算范围", await api.Content.ReadAsStringAsync());

        var page = await client.GetAsync("/calendar?from=9999-12-31&workingDays=20");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("超出可计算范围", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReturnUrlWithAControlCharacterFallsBackToASafePage()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var preference = await client.GetAsync("/preferences/large-text?on=1&returnUrl=/%09/x");
        Assert.Equal(HttpStatusCode.Redirect, preference.StatusCode);
        Assert.Equal("/", preference.Headers.Location!.OriginalString);

        await factory.CreateStaffAsync("tab-return", enrolSecondFactor: true);
        var login = await client.PostFormAsync("/account/login?returnUrl=/%09/x", new() { ["UserName"] = "tab-return", ["Password"] = StaffClients.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/account/login-2fa?returnUrl=%2Fadmin", login.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/admin/normative/1?handler=Nope")]
    [InlineData("/admin/publications/1?handler=Nope")]
    [InlineData("/admin/applications/1")]
    [InlineData("/admin/applications/1?handler=Nope")]
    [InlineData("/admin/tasks/measures/1")]
    [InlineData("/account/security")]
    [InlineData("/account/security?handler=Nope")]
    public async Task PostWithoutAKnownHandlerToAStaffPageIsA400(string path)
    {
        var client = await factory.SystemAdminClientAsync();
        var response = await client.PostFormAsync("/account/security", [], path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求无效", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownApiPathWrongMethodAndBrokenJsonAnswerProblemDetails()
    {
        var client = factory.CreateClient();
        await ExpectProblemAsync(await client.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound, "没有这个接口地址");
        await ExpectProblemAsync(await client.DeleteAsync("/api/v1/search"), HttpStatusCode.MethodNotAllowed, "不支持 DELETE");
        var broken = new StringContent("{\"organization\": \"1\", ", Encoding.UTF8, "application/json");
        await ExpectProblemAsync(await client.PostAsync("/api/v1/applications", broken), HttpStatusCode.BadRequest, "有效的 JSON");

        // Pages keep the Chinese error page.
        var page = await client.GetAsync("/no-such-page");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnonymousHealthCheckShowsOnlyUpOrDown()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("status", Assert.Single(body.RootElement.EnumerateObject()).Name);
    }

    private static async Task ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailPart)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detailPart, json.RootElement.GetProperty("detail").GetString());
    }
}

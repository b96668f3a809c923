using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Security;

/// <summary>The start of the authorisation matrix (SECURITY.md S1): every route the application
/// has is found from its endpoint table, so a new staff page or API endpoint is covered the moment
/// it exists, without anyone remembering to add it here.</summary>
public sealed partial class AuthorizationSweepTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    /// <summary>Pages under /account that anonymous visitors need in order to sign in (and to finish a
    /// password reset: its one-time link plus the owner's authenticator, CredentialResetTests).</summary>
    private static readonly HashSet<string> PublicAccountPages = ["/account/login", "/account/login-2fa", "/account/login-recovery", "/account/logout", "/account/reset-password"];

    [Fact]
    public async Task Every_staff_page_sends_anonymous_visitors_to_sign_in()
    {
        var pages = Routes().Where(r => r.Methods is null || r.Methods.Contains("GET"))
            .Select(r => r.Path)
            .Where(p => (p.StartsWith("/admin", StringComparison.Ordinal) || p.StartsWith("/account", StringComparison.Ordinal)) && !PublicAccountPages.Contains(p))
            .Distinct().ToList();
        Assert.True(pages.Count >= 8, "expected the staff pages to be found, got: " + string.Join(", ", pages));

        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/account/login", StringComparison.Ordinal),
                $"{page} answered {(int)response.StatusCode} to an anonymous visitor");
        }
    }

    [Fact]
    public async Task Every_api_endpoint_that_changes_data_demands_a_token()
    {
        var endpoints = Routes().Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal) && r.Methods is not null)
            .SelectMany(r => r.Methods!.Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE").Select(m => (Method: m, r.Path)))
            .Where(e => e.Path != "/api/v1/auth/token")
            // The public's online disclosure application (《条例》第二十九条) is anonymous by law;
            // ApplicationApiTests checks that offline channels from it need a staff token.
            .Where(e => !(e.Method == "POST" && e.Path.TrimEnd('/') == "/api/v1/applications"))
            // Public comments on a draft put out for consultation are anonymous on purpose;
            // ConsultationTests checks that screening and answering them need a staff token.
            .Where(e => !(e.Method == "POST" && System.Text.RegularExpressions.Regex.IsMatch(e.Path, "^/api/v1/consultations/[^/]+/comments$")))
            // Anyone may write to the 区长信箱; MailboxTests checks that a postal receipt date and every
            // handling step need a staff token.
            .Where(e => !(e.Method == "POST" && e.Path.TrimEnd('/') == "/api/v1/mailbox/letters"))
            .Distinct().ToList();
        Assert.NotEmpty(endpoints);

        var client = factory.CreateClient();
        foreach (var (method, path) in endpoints)
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode} without a token");
        }
    }

    /// <summary>The concrete paths of all routes, with route parameters filled by sample values.</summary>
    private List<(string Path, IReadOnlyList<string>? Methods)> Routes()
    {
        _ = factory.Server;
        var sources = factory.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Path: Fill(e.RoutePattern.RawText ?? ""), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods))
            .Where(r => r.Path.Length > 0)
            .ToList();
    }

    private static string Fill(string pattern)
    {
        var path = "/" + pattern.TrimStart('/');
        return Parameter().Replace(path, m => m.Groups[2].Value switch
        {
            "guid" => Guid.NewGuid().ToString(),
            _ when m.Groups[1].Value.Contains("date", StringComparison.OrdinalIgnoreCase) => "2020-01-01",
            _ => "1",
        });
    }

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)(?::([a-z]+))?[^}]*\}")]
    private static partial Regex Parameter();
}

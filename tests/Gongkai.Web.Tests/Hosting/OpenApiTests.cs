using System.Net;
using System.Text.Json;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>Other platforms of the intensive site integrate from <c>/openapi/v1.json</c>, so
/// every <c>/api/v1</c> endpoint the running app has — found from its routing, never listed by hand —
/// must be there with a Chinese summary.</summary>
public sealed class OpenApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Every_api_v1_endpoint_of_the_app_is_described_with_a_summary_anonymously()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var described = paths.EnumerateObject().ToDictionary(p => Normalize(p.Name), p => p.Value);

        var endpoints = ApiEndpoints().ToList();
        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} /api/v1 endpoints found in the app's routing");
        var missing = new List<string>();
        foreach (var (path, method) in endpoints)
        {
            if (!described.TryGetValue(path, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                missing.Add($"{method} {path}: not in /openapi/v1.json");
            }
            else if (!operation.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
            {
                missing.Add($"{method} {path}: no summary (.WithSummary(\"…\") where it is mapped)");
            }
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing));
        // Only the API is described: pages, feeds and downloads are not part of it.
        Assert.All(described.Keys, p => Assert.StartsWith("/api/v1/", p + "/"));
    }

    [Fact]
    public async Task The_description_is_chinese_json_and_lists_what_a_caller_sends()
    {
        var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        Assert.Equal("政务公开平台接口", root.GetProperty("info").GetProperty("title").GetString());
        var deadline = root.GetProperty("paths").GetProperty("/api/v1/calendar/deadline").GetProperty("get");
        Assert.Equal("从起算日期按工作日计算期限届满日", deadline.GetProperty("summary").GetString());
        var parameters = deadline.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("from", parameters);
        Assert.Contains("workingDays", parameters);
    }

    /// <summary>Every (path, method) of the app's routing under <c>api/v1</c>, the path written as
    /// OpenAPI writes it: <c>/api/v1/applications/{id}</c>, without constraints or a trailing slash.</summary>
    private IEnumerable<(string Path, string Method)> ApiEndpoints()
    {
        var source = factory.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var path = Normalize("/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(Segment)));
            if (!path.StartsWith("/api/v1/", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods)
            {
                yield return (path, method);
            }
        }
    }

    private static string Segment(RoutePatternPathSegment segment) => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
        RoutePatternSeparatorPart separator => separator.Content,
        _ => throw new InvalidOperationException($"unexpected route part {part}"),
    }));

    private static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}

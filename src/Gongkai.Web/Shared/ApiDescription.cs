namespace Gongkai.Web.Shared;

/// <summary>The JSON API described by OpenAPI at <c>/openapi/v1.json</c>, so that the other platforms
/// of the intensive site (集约化, seed 五（六）2) can integrate without reading code.
/// Only <c>/api/v1</c> is described: feeds, the sitemap, file downloads and pages are not the API.
/// Every endpoint carries a Chinese summary (<c>.WithSummary</c> where it is mapped).</summary>
public static class ApiDescription
{
    public const string DocumentName = "v1";
    public const string Route = "/openapi/{documentName}.json";
    public const string ApiPrefix = "api/v1";

    public static IServiceCollection AddApiDescription(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "政务公开平台接口";
                document.Info.Version = DocumentName;
                document.Info.Description = "政府信息公开平台的 JSON 接口。公开数据（政府信息、机构、工作日、搜索、规范性文件）无需登录；"
                    + "工作人员接口使用 POST /api/v1/auth/token 取得的 Bearer 令牌，按角色和机关授权。错误以 problem details（RFC 9457）返回。";
                return Task.CompletedTask;
            });
        });

    public static void MapApiDescription(this IEndpointRouteBuilder app) =>
        app.MapOpenApi(Route).AllowAnonymous();
}

namespace Gongkai.Web.Shared;

/// <summary>API errors as problem-details JSON with a Chinese message for the person.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail, IDictionary<string, string[]>? errors = null) =>
        errors is null
            ? Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "请求无效")
            : Results.ValidationProblem(errors, detail, title: "请求无效");

    public static IResult Unauthorized(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "未认证");

    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "无权访问");

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "冲突");

    public static IResult Unprocessable(string detail, IDictionary<string, string[]>? errors = null) =>
        errors is null
            ? Results.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "无法处理")
            : Results.ValidationProblem(errors, detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "无法处理");
}

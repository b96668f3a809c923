using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Portal;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "出错了";

    public string Message { get; private set; } = "服务器处理请求时出错，请稍后再试。如问题持续，请联系网站管理员。";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            404 => ("页面不存在", "您访问的页面不存在或已被撤下。"),
            403 => ("无权访问", "您没有访问该页面的权限。"),
            400 => ("请求无效", "请求格式不正确，请返回重试。"),
            429 => ("请求过于频繁", "请稍后再试。"),
            _ => (Title, Message),
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}

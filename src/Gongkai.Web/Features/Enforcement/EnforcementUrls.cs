namespace Gongkai.Web.Features.Enforcement;

public static class EnforcementUrls
{
    public const string List = "/zfgs";

    public const string Data = "/zfgs/data";

    public const string Admin = "/admin/enforcement";

    public static string Decision(int id) => $"/zfgs/{id}";
}

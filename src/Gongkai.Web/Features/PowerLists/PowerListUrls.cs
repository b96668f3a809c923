namespace Gongkai.Web.Features.PowerLists;

public static class PowerListUrls
{
    public const string District = "/qzqd";

    public static string List(int orgId) => $"/xxgk/{orgId}/power-list";

    public static string Item(int orgId, int id) => $"/xxgk/{orgId}/power-list/{id}";
}

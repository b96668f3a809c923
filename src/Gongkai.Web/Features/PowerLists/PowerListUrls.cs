namespace Gongkai.Web.Features.PowerLists;

public static class PowerListUrls
{
    public const string District = "/qzqd";

    /// <summary>第二十条第（二）项 机关职能: its column page links to the organ's list.</summary>
    public const string FunctionsColumnKey = "item-2";

    public static string List(int orgId) => $"/xxgk/{orgId}/power-list";

    public static string Item(int orgId, int id) => $"/xxgk/{orgId}/power-list/{id}";
}

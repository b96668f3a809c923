using System.Globalization;

namespace Gongkai.Web.Features.StandardCatalogs;

public static class StandardCatalogUrls
{
    public const string District = "/bzml";

    public static string Organ(int organizationId) => $"/xxgk/{organizationId.ToString(CultureInfo.InvariantCulture)}/bzml";

    public static string Export(int organizationId, int areaNumber) =>
        $"/xxgk/{organizationId.ToString(CultureInfo.InvariantCulture)}/bzml.xlsx?area={areaNumber.ToString(CultureInfo.InvariantCulture)}";

    public static string Admin(int organizationId) => $"/admin/standard-catalogs/{organizationId.ToString(CultureInfo.InvariantCulture)}";
}

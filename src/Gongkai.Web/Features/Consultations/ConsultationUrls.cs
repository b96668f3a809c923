namespace Gongkai.Web.Features.Consultations;

public static class ConsultationUrls
{
    /// <summary>意见征集: the district's column of open and closed consultations.</summary>
    public const string Index = "/yjzj";

    public static string Page(int id) => $"/yjzj/{id}";

    public static string Version(int id, int number) => $"/yjzj/{id}?version={number}";

    public static string Catalogue(int orgId) => $"/xxgk/{orgId}/major-decisions";

    public static string Publication(int orgId, int publicationId) => $"/xxgk/{orgId}/item/{publicationId}";

    /// <summary>A file of a draft version, for the public once the consultation is open.</summary>
    public static string File(int id, int fileId) => $"/yjzj/{id}/files/{fileId}";

    /// <summary>The same file for the organ's staff, also before the consultation opens.</summary>
    public static string StaffFile(int id, int fileId) => $"{Staff}/{id}/files/{fileId}";

    public const string Staff = "/admin/consultations";

    /// <summary>The staff page of an organ's 重大行政决策事项目录.</summary>
    public const string StaffCatalogue = "/admin/consultations/major-decisions";
}

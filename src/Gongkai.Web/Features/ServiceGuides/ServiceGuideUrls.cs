namespace Gongkai.Web.Features.ServiceGuides;

public static class ServiceGuideUrls
{
    public const string List = "/bszn";

    public static string Guide(int id) => $"/bszn/{id}";

    public static string File(int guideId, int fileId) => $"/bszn/{guideId}/files/{fileId}";

    public static string Staff(int orgId) => $"/admin/service-guides/{orgId}";

    public static string Edit(int orgId, int? id) => id is null ? $"/admin/service-guides/{orgId}/edit" : $"/admin/service-guides/{orgId}/edit/{id}";

    public const string Phrases = "/admin/service-guides/phrases";
}

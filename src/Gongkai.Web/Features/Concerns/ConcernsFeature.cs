using Gongkai.Web.Data;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Shared.Slots;

namespace Gongkai.Web.Features.Concerns;

/// <summary>回应关切, 新闻发布会, 应急预案, 突发事件信息 and 公共卫生知识 as publication columns of every
/// organ, the template fields of the first two, their public lists, and the district office's
/// front-page emergency notice.</summary>
public static class ConcernsFeature
{
    public static IServiceCollection AddConcernsFeature(this IServiceCollection services)
    {
        services.AddScoped<ConcernColumnTree>();
        services.AddScoped<ConcernService>();
        services.AddScoped<ConcernLibrary>();
        services.AddSlotBlock<Portal.ConcernsHomeViewComponent>(PageSlot.HomeBlocks, 10, _ => new { });
        services.AddScoped<EmergencyNotices>();
        services.AddSingleton<EmergencyBanner>();
        services.AddSingleton<IStartupSeeder, ConcernColumnSeeder>();
        services.AddPortalEntry(PortalSection.Interaction, "回应关切", "/hygq", "对社会关切的回应，注明来源和回应用时", 20);
        services.AddPortalEntry(PortalSection.Interaction, "新闻发布会", "/xwfbh", "发布会的发布人、主题和文字实录", 30);
        return services;
    }
}

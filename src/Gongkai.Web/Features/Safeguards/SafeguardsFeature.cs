using Gongkai.Web.Features.Compliance;

namespace Gongkai.Web.Features.Safeguards;

/// <summary>保障措施 (seed 六): per organ the responsible leader's filing and the disclosure office
/// (kept on the organisation), training records and 典型案例 submissions; both feed the overview.</summary>
public static class SafeguardsFeature
{
    public static IServiceCollection AddSafeguardsFeature(this IServiceCollection services)
    {
        services.AddScoped<IComplianceIndicator, LeaderNotFiledIndicator>();
        services.AddScoped<IComplianceIndicator, NoTrainingIndicator>();
        return services;
    }
}

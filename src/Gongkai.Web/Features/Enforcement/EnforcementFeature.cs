using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Caching;
using Gongkai.Web.Shared.Privacy;

namespace Gongkai.Web.Features.Enforcement;

/// <summary>行政执法公示 and 双公示: organs' enforcement decisions, entered or imported by staff, on the
/// 7/20-working-day publication clock, published with the party masked (/zfgs), withdrawn with a
/// reason, counted in the annual report's table 二 and in the district overview.</summary>
public static class EnforcementFeature
{
    public static IServiceCollection AddEnforcementFeature(this IServiceCollection services)
    {
        services.AddSingleton<Data.IStartupSeeder, Demo.DemoEnforcementSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoEnforcementOwner>();
        services.AddOptions<EnforcementOptions>().BindConfiguration(EnforcementOptions.Section);
        services.AddScoped<EnforcementAccess>();
        services.AddPersonalDataProtection();
        services.AddScoped<EnforcementService>();
        services.AddSingleton<EnforcementCache>();
        services.AddPortalEntry(PortalSection.Services, "行政执法公示", "/zfgs", "行政处罚、行政许可等执法决定和执法数据", 22);
        services.AddSingleton<ISearchSource, EnforcementSearchSource>();
        services.AddScoped<IAnnualReportSource, EnforcementReportSource>();
        services.AddScoped<IComplianceIndicator, EnforcementComplianceIndicator>();
        services.AddOutputCache(o => o.AddFeaturePortalPolicy(EnforcementCache.PolicyName, EnforcementCache.Tag, "page", "organization", "category", "year", "view"));
        return services;
    }

    public static void MapEnforcementEndpoints(this IEndpointRouteBuilder app) => app.MapEnforcementApi();
}

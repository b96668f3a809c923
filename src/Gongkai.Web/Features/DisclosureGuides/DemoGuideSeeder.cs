using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications.Demo;
using Gongkai.Web.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.DisclosureGuides;

/// <summary>With <c>--demo</c>, gives the demo organs (<see cref="DemoSeeder.Organs"/>) a guide drafted
/// from their data, its holdings marked 【示例】, while the platform has no guide at all, so it is
/// safe at every start and never touches a real guide.</summary>
public sealed class DemoGuideSeeder(IConfiguration configuration, TimeProvider clock) : IStartupSeeder
{
    public int Order => 91;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (!DemoData.IsOn(configuration) || await db.Set<DisclosureGuide>().AnyAsync(ct))
        {
            return;
        }

        foreach (var (shortName, _) in DemoSeeder.Organs)
        {
            var organ = await services.GetRequiredService<OrganizationDirectory>().FindActiveAsync(shortName, ct);
            if (organ is not null)
            {
                var guide = GuideDraft.For(organ);
                guide.Holdings = DemoData.Marker + guide.Holdings;
                guide.UpdatedAt = clock.GetUtcNow();
                guide.UpdatedBy = DemoData.Actor;
                db.Add(guide);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}

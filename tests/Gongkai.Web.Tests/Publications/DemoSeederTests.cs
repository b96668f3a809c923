using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.DisclosureGuides;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Demo;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Publications;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task Without_the_demo_flag_the_platform_starts_empty()
    {
        using var factory = new GongkaiFactory();
        await factory.WithDbAsync(async db => Assert.False(await db.Set<Publication>().AnyAsync()));
    }

    [Fact]
    public async Task With_the_demo_flag_an_empty_platform_gets_labelled_samples_across_organs_and_columns_once()
    {
        using var factory = new GongkaiFactory().With("Gongkai:Demo", "true");
        List<Publication> items = [];
        await factory.WithDbAsync(async db => items = await db.Set<Publication>().AsNoTracking().ToListAsync());
        Assert.InRange(items.Count, 60, 80);
        Assert.All(items, p => Assert.StartsWith(Gongkai.Web.Shared.Demo.DemoData.Marker, p.Title));
        Assert.All(items, p => Assert.Equal(PublicationStatus.Published, p.Status));
        Assert.Equal(DemoSeeder.Organs.Length, items.Select(p => p.OrganizationId).Distinct().Count());
        Assert.True(items.Select(p => p.ColumnId).Distinct().Count() > 20);
        Assert.Equal(items.Count, items.Select(p => p.IndexNumber).Distinct().Count());
        Assert.Contains(items, p => p.DocumentNumber?.StartsWith("江津府发〔", StringComparison.Ordinal) == true && p.DocumentNumber.EndsWith("号（示例）", StringComparison.Ordinal));
        var years = items.Select(p => p.PublishedAt!.Value.Year).Distinct().Order().ToList();
        Assert.Equal([2024, 2025, 2026], years);
        Assert.All(items, p => Assert.True(p.PublishedAt <= factory.Clock.GetUtcNow()));

        await factory.WithDbAsync(async db =>
        {
            // 索引号 serials are the ones IndexSerial hands out: the next publication continues them.
            foreach (var group in items.GroupBy(p => (p.OrganizationId, IndexNumber.Parse(p.IndexNumber!).Year)))
            {
                var last = await db.Set<IndexSerial>().SingleAsync(s => s.OrganizationId == group.Key.OrganizationId && s.Year == group.Key.Year);
                Assert.Equal(group.Count(), last.LastSerial);
            }

            Assert.Equal(DemoSeeder.Organs.Length, await db.Set<DisclosureGuide>().CountAsync());
        });

        // A public page shows them.
        var first = items.OrderByDescending(p => p.PublishedAt).First();
        Assert.Contains(first.Title, await factory.CreateClient().GetStringAsync($"/xxgk/{first.OrganizationId}/atom.xml"));

        // Running the seeder again (every start does) adds nothing.
        await using (var scope = factory.Scope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>().OfType<DemoSeeder>())
            {
                await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
            }
        }

        await factory.WithDbAsync(async db => Assert.Equal(items.Count, await db.Set<Publication>().CountAsync()));
    }
}

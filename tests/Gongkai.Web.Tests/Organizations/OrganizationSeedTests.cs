using Gongkai.Domain.Organizations;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Organizations;

public sealed class OrganizationSeedTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Seed_holds_the_government_34_departments_1_vertical_agency_5_subdistricts_25_towns_and_2_party_bodies()
    {
        await factory.WithDbAsync(async db =>
        {
            var counts = await db.Set<Organization>().GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Assert.Equal(1, counts[OrganizationKind.Government]);
            Assert.Equal(34, counts[OrganizationKind.Department]);
            Assert.Equal(1, counts[OrganizationKind.Vertical]);
            Assert.Equal(5, counts[OrganizationKind.Subdistrict]);
            Assert.Equal(25, counts[OrganizationKind.Town]);
            Assert.Equal(2, counts[OrganizationKind.Party]);
            Assert.Equal(68, await db.Set<Organization>().CountAsync());
        });
    }

    [Fact]
    public async Task Seed_keeps_the_file_order_and_spelling()
    {
        await factory.WithDbAsync(async db =>
        {
            var ordered = await db.Set<Organization>().OrderBy(o => o.SortOrder).Select(o => o.ShortName).ToListAsync();
            Assert.Equal("区政府", ordered[0]);
            Assert.Equal("区政府办公室", ordered[1]);
            Assert.Equal("四屏镇", ordered[^1]);
            var market = await db.Set<Organization>().SingleAsync(o => o.Name == "重庆市江津区市场监督管理局");
            Assert.Equal("江津区市场监管局", market.ShortName);
            Assert.True(market.IsActive);
        });
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_undoes_no_rename_or_edit()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var sports = await db.Set<Organization>().SingleAsync(o => o.ShortName == "区体育局");
        sports.FormerNames.Add(new OrganizationFormerName { Name = sports.Name, RecordedAt = factory.Clock.GetUtcNow() });
        sports.Name = "重庆市江津区文化旅游体育局";
        sports.OfficePhone = "023-47520000";
        await db.SaveChangesAsync();
        var before = await db.Set<Organization>().CountAsync();

        var seeder = scope.ServiceProvider.GetServices<IStartupSeeder>().OfType<OrganizationSeeder>().Single();
        await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);

        db.ChangeTracker.Clear();
        Assert.Equal(before, await db.Set<Organization>().CountAsync());
        var again = await db.Set<Organization>().SingleAsync(o => o.Id == sports.Id);
        Assert.Equal("重庆市江津区文化旅游体育局", again.Name);
        Assert.Equal("023-47520000", again.OfficePhone);
    }

    [Fact]
    public void Seed_file_with_a_malformed_line_is_refused_with_its_line_number()
    {
        var error = Assert.Throws<FormatException>(() => OrganizationSeeder.Parse("# comment\n重庆市江津区甲局\t区甲局\tdepartment\n重庆市江津区乙局\t区乙局\tministry\n"));
        Assert.Contains("第 3 行", error.Message);
    }

    [Fact]
    public void Seed_file_skips_comments_and_blank_lines_and_numbers_in_tens()
    {
        var rows = OrganizationSeeder.Parse("# name\tshort_name\tkind\r\n\r\n重庆市江津区甲局\t区甲局\tdepartment\r\n重庆市江津区乙镇人民政府\t乙镇\ttown\r\n");
        Assert.Equal([("区甲局", OrganizationKind.Department, 10), ("乙镇", OrganizationKind.Town, 20)], rows.Select(r => (r.ShortName, r.Kind, r.SortOrder)));
    }
}

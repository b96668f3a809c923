using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Organizations;

public sealed class OrganizationDirectoryTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Former_name_still_finds_the_renamed_organ()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var office = await db.Set<Organization>().SingleAsync(o => o.ShortName == "区信访办");
        office.FormerNames.Add(new OrganizationFormerName { Name = office.Name, RecordedAt = factory.Clock.GetUtcNow() });
        office.FormerNames.Add(new OrganizationFormerName { Name = office.ShortName, RecordedAt = factory.Clock.GetUtcNow() });
        office.Name = "重庆市江津区信访局";
        office.ShortName = "区信访局";
        await db.SaveChangesAsync();

        var directory = scope.ServiceProvider.GetRequiredService<OrganizationDirectory>();
        Assert.Equal(office.Id, (await directory.ResolveAsync("区信访办")).Id);
        Assert.Equal(office.Id, (await directory.ResolveAsync("重庆市江津区信访办公室")).Id);
        Assert.Equal(office.Id, (await directory.ResolveAsync("区信访局")).Id);
    }

    [Fact]
    public async Task Name_owner_sees_names_short_names_and_former_names_by_key()
    {
        await using var scope = factory.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<OrganizationDirectory>();
        var finance = await factory.OrganizationIdAsync("区财政局");
        Assert.Equal(finance, (await directory.NameOwnerAsync(" 区 财政局", null))?.Id);
        Assert.Null(await directory.NameOwnerAsync("区财政局", finance));
        Assert.Null(await directory.NameOwnerAsync("区魔法局", null));
    }
}

using Gongkai.Domain.Organizations;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Publications;

/// <summary>Arranges public items straight in the database, for tests of what the public side
/// shows (feeds, sitemap, cache). The review flow itself is tested in PublicationFlowTests.</summary>
public static class PortalTestKit
{
    public static async Task<int> PortalOrganAsync(this GongkaiFactory factory, OrganizationKind kind = OrganizationKind.Department)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var organ = new Organization { Name = "测试机关" + suffix, ShortName = "测" + suffix, Kind = kind };
        await factory.WithDbAsync(async db =>
        {
            db.Add(organ);
            await db.SaveChangesAsync();
        });
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<ColumnTree>().EnsureAsync(organ.Id);
        return organ.Id;
    }

    /// <summary>A published item (or a scheduled one when <paramref name="scheduledFor"/> is set), as
    /// final approval leaves it. Bypasses the service, so no cache is evicted.</summary>
    public static async Task<int> PublicItemAsync(this GongkaiFactory factory, int orgId, string title, string columnKey = "item-1",
        DateTimeOffset? publishedAt = null, DateTimeOffset? scheduledFor = null)
    {
        var id = 0;
        await factory.WithDbAsync(async db =>
        {
            var column = await db.Set<PublicationColumn>().SingleAsync(c => c.OrganizationId == orgId && c.Key == columnKey);
            var at = scheduledFor ?? publishedAt ?? factory.Clock.GetUtcNow();
            var serial = await db.Set<Publication>().CountAsync(p => p.OrganizationId == orgId) + 1;
            var p = new Publication
            {
                OrganizationId = orgId,
                ColumnId = column.Id,
                Title = title,
                Summary = title + "的概述",
                BodyHtml = "<p>正文</p>",
                FormedOn = DateOnly.FromDateTime(at.UtcDateTime),
                Status = scheduledFor is null ? PublicationStatus.Published : PublicationStatus.Scheduled,
                PublishedAt = at,
                ScheduledFor = scheduledFor,
                CreatedAt = at,
                UpdatedAt = at,
                PublishedRevisionNumber = 1,
                IndexNumber = IndexNumber.Create(null, orgId, at.Year, serial).ToString(),
            };
            db.Add(p);
            await db.SaveChangesAsync();
            id = p.Id;
        });
        return id;
    }
}

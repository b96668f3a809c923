using Gongkai.Domain.Concerns;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Concerns;

/// <summary>Adds the 回应关切, 新闻发布会, 应急预案, 突发事件信息 and 公共卫生知识 columns under
/// 法定主动公开内容 of every platform (every organ, not only the district government). They are
/// ordinary publication columns: items in them are drafted, reviewed, published, corrected and
/// searched like any other; the two with a template keep its fields in <see cref="ConcernDetails"/>.</summary>
public sealed class ConcernColumnTree(GongkaiDbContext db, ColumnTree tree)
{
    public async Task<List<PublicationColumn>> EnsureAsync(int organizationId, CancellationToken ct = default)
    {
        var columns = await tree.EnsureAsync(organizationId, ct);
        var statutory = columns.FirstOrDefault(c => c.Key == ColumnKeys.Statutory);
        if (statutory is null)
        {
            return columns;
        }

        var added = false;
        foreach (var c in ConcernColumns.All.Where(c => columns.All(x => x.Key != c.Key)))
        {
            var column = new PublicationColumn { OrganizationId = organizationId, ParentId = statutory.Id, Key = c.Key, Title = c.Title, SortOrder = c.SortOrder };
            db.Add(column);
            columns.Add(column);
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(ct);
        }

        return columns;
    }
}

/// <summary>Adds the columns to every platform after <see cref="ColumnSeeder"/> built the trees.</summary>
public sealed class ConcernColumnSeeder : IStartupSeeder
{
    public int Order => 42;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        var tree = services.GetRequiredService<ConcernColumnTree>();
        var keys = ConcernColumns.All.Select(c => c.Key).ToList();
        var organs = await db.Set<PublicationColumn>().Where(c => c.Key == ColumnKeys.Statutory).Select(c => c.OrganizationId)
            .Where(o => db.Set<PublicationColumn>().Count(c => c.OrganizationId == o && keys.Contains(c.Key)) < keys.Count)
            .ToListAsync(ct);
        foreach (var organ in organs)
        {
            await tree.EnsureAsync(organ, ct);
        }
    }
}

using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Portal;

/// <summary>Finds an organ that has a public platform, with its columns (built on first use).</summary>
public static class PortalOrgan
{
    public static async Task<(Organization Organ, List<PublicationColumn> Columns)?> FindAsync(GongkaiDbContext db, ColumnTree tree, int id, CancellationToken ct)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.IsActive, ct);
        if (organ is null || !OrganizationKinds.HasPlatform(organ.Kind))
        {
            return null;
        }

        return (organ, await tree.EnsureAsync(organ, ct));
    }
}

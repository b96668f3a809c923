using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>Builds an organ's column tree: the four first-level columns and, under 法定主动公开内容,
/// one sub-column per statutory item that applies to its kind. Only missing columns are added, so
/// it can run at every start and on first use by an organ created since.</summary>
public sealed class ColumnTree(GongkaiDbContext db)
{
    public async Task<List<PublicationColumn>> EnsureAsync(Organization organ, CancellationToken ct = default)
    {
        var existing = await db.Set<PublicationColumn>().Where(c => c.OrganizationId == organ.Id).ToListAsync(ct);
        if (!OrganKinds.HasPlatform(organ.Kind))
        {
            return existing;
        }

        var added = false;
        var order = 0;
        PublicationColumn? statutory = null;
        foreach (var (key, title) in ColumnKeys.FirstLevel)
        {
            var column = existing.FirstOrDefault(c => c.Key == key);
            if (column is null)
            {
                column = new PublicationColumn { OrganizationId = organ.Id, Key = key, Title = title, SortOrder = order };
                existing.Add(column);
                db.Add(column);
                added = true;
            }

            statutory = key == ColumnKeys.Statutory ? column : statutory;
            order += 100;
        }

        if (added)
        {
            // The sub-columns need the parent's id.
            await db.SaveChangesAsync(ct);
            added = false;
        }

        var itemOrder = 0;
        foreach (var item in StatutoryItems.ApplicableTo(OrganKinds.Of(organ.Kind)))
        {
            itemOrder++;
            if (existing.Any(c => c.Key == item.Key))
            {
                continue;
            }

            var column = new PublicationColumn
            {
                OrganizationId = organ.Id,
                ParentId = statutory!.Id,
                Key = item.Key,
                Title = item.Title,
                StatutoryLabel = item.Label,
                SortOrder = itemOrder,
            };
            existing.Add(column);
            db.Add(column);
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(ct);
        }

        return existing;
    }

    public async Task<List<PublicationColumn>> EnsureAsync(int organizationId, CancellationToken ct = default)
    {
        var organ = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        return organ is null ? [] : await EnsureAsync(organ, ct);
    }

    /// <summary>Columns an item can be filed in: every column without sub-columns.</summary>
    public static IEnumerable<PublicationColumn> Leaves(IReadOnlyCollection<PublicationColumn> columns) =>
        columns.Where(c => columns.All(other => other.ParentId != c.Id)).OrderBy(c => c.ParentId is null ? c.SortOrder : 200 + c.SortOrder);
}

using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>The 政策解读 column: a sub-column of 法定主动公开内容 beside 第二十条第（一）项, added to
/// every platform that has that item (so interpretations are publications like any other).</summary>
public sealed class InterpretationColumn(GongkaiDbContext db, ColumnTree tree)
{
    public const string Key = "policy-interpretation";
    public const string Title = "政策解读";

    public async Task<PublicationColumn?> EnsureAsync(int organizationId, CancellationToken ct = default)
    {
        var columns = await tree.EnsureAsync(organizationId, ct);
        if (columns.FirstOrDefault(c => c.Key == Key) is { } existing)
        {
            return existing;
        }

        var statutory = columns.FirstOrDefault(c => c.Key == ColumnKeys.Statutory);
        if (statutory is null || columns.All(c => c.Key != NormativeDocuments.NormativeService.ColumnKey))
        {
            return null;
        }

        // Right after item 一 (sort order 1), before item 二.
        var column = new PublicationColumn { OrganizationId = organizationId, ParentId = statutory.Id, Key = Key, Title = Title, SortOrder = 1 };
        db.Add(column);
        await db.SaveChangesAsync(ct);
        return column;
    }
}

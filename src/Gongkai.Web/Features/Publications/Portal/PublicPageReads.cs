using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Publications.Attachments;

namespace Gongkai.Web.Features.Publications.Portal;

/// <summary>The reads of the public item and column pages, through <see cref="HotReads"/>: each is one
/// indexed statement, prepared once per connection. The visibility rule is
/// <see cref="PublicItems.VisibleAt"/>'s, written out in SQL (<see cref="Visible"/>); the portal tests
/// hold both to the same behaviour (drafts, withdrawn and future scheduled items are not public).</summary>
public sealed class PublicPageReads(HotReads reads)
{
    /// <summary><see cref="PublicItems.VisibleAt"/> in SQL, with the time as <c>@now</c>.</summary>
    private const string Visible =
        "(\"Status\" = 'Published' OR (\"Status\" = 'Scheduled' AND \"ScheduledFor\" <= @now))";

    private const string ItemSql =
        "SELECT \"Id\", \"OrganizationId\", \"ColumnId\", \"Title\", \"IndexNumber\", \"DocumentNumber\", \"Topic\", \"Genre\", " +
        "\"Validity\", \"SignedOn\", \"PublishedAt\", \"ScheduledFor\", \"Summary\", \"BodyHtml\", \"CorrectedAt\", \"RevisionNote\", " +
        "\"PublishedRevisionNumber\", \"Status\" FROM \"Publication\" WHERE \"Id\" = @id AND \"OrganizationId\" = @organization AND " + Visible;

    private const string FilesSql =
        "SELECT \"Id\", \"FileName\", \"Kind\", \"Length\" FROM \"PublicationAttachments\" " +
        "WHERE \"PublicationId\" = @id AND \"RevisionNumber\" = @revision ORDER BY \"Id\"";

    private const string HasLinksSql =
        "SELECT EXISTS (SELECT 1 FROM \"PublicationRelation\" WHERE \"PublicationId\" = @id OR \"RelatedId\" = @id)";

    /// <summary>The public item, with just what its page shows (not its working draft), or null.</summary>
    public Task<Publication?> ItemAsync(int organizationId, int id, DateTimeOffset now, CancellationToken ct) =>
        reads.ReadAsync(ItemSql, [("id", id), ("organization", organizationId), ("now", reads.Time(now))], r => r.Read()
            ? new Publication
            {
                Id = r.GetInt32(0),
                OrganizationId = r.GetInt32(1),
                ColumnId = r.GetInt32(2),
                Title = r.GetString(3),
                IndexNumber = HotReads.GetStringOrNull(r, 4),
                DocumentNumber = HotReads.GetStringOrNull(r, 5),
                Topic = HotReads.GetStringOrNull(r, 6),
                Genre = HotReads.GetStringOrNull(r, 7),
                Validity = HotReads.GetEnum<PublicationValidity>(r, 8),
                SignedOn = reads.GetDate(r, 9),
                PublishedAt = reads.GetTime(r, 10),
                ScheduledFor = reads.GetTime(r, 11),
                Summary = HotReads.GetStringOrNull(r, 12),
                BodyHtml = r.GetString(13),
                CorrectedAt = reads.GetTime(r, 14),
                RevisionNote = HotReads.GetStringOrNull(r, 15),
                PublishedRevisionNumber = r.IsDBNull(16) ? null : r.GetInt32(16),
                Status = HotReads.GetEnum<PublicationStatus>(r, 17),
            }
            : null, ct);

    /// <summary>What the page lists of each file of a revision (not its extracted text, which can be long).</summary>
    public Task<List<ItemModel.FileLink>> FilesAsync(int id, int revision, CancellationToken ct) =>
        reads.ReadAsync(FilesSql, [("id", id), ("revision", revision)], r =>
        {
            var files = new List<ItemModel.FileLink>();
            while (r.Read())
            {
                files.Add(new ItemModel.FileLink(r.GetInt32(0), r.GetString(1), HotReads.GetEnum<AttachmentKind>(r, 2), r.GetInt64(3)));
            }

            return files;
        }, ct);

    /// <summary>Whether the item is linked to any other (most are not, and then the page reads no links).</summary>
    public Task<bool> HasLinksAsync(int id, CancellationToken ct) =>
        reads.ReadAsync(HasLinksSql, [("id", id)], r => r.Read() && Convert.ToBoolean(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), ct);

    /// <summary>How many public items the columns hold.</summary>
    public Task<int> CountAsync(IReadOnlyList<int> columnIds, DateTimeOffset now, CancellationToken ct)
    {
        var (inList, args) = ColumnArgs(columnIds, now);
        return reads.ReadAsync($"SELECT COUNT(*) FROM \"Publication\" WHERE {Visible} AND \"ColumnId\" {inList}", args,
            r => r.Read() ? Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) : 0, ct);
    }

    /// <summary>A page of the columns' public items, newest (or oldest) first. <paramref name="total"/>
    /// is how many there are (<see cref="CountAsync"/>): a page in the far half of a long column is
    /// read from the other end and turned round, as SQLite steps over every row an OFFSET skips (the
    /// last page of a column of 50,000 items would step over all of them, now over none).</summary>
    public async Task<List<ColumnModel.Listed>> PageAsync(IReadOnlyList<int> columnIds, DateTimeOffset now, bool ascending, int skip, int take, int total, CancellationToken ct)
    {
        var fromEnd = total - skip - take;
        if (skip <= fromEnd || skip >= total)
        {
            return await ReadPageAsync(columnIds, now, ascending, skip, take, ct);
        }

        var items = await ReadPageAsync(columnIds, now, !ascending, Math.Max(0, fromEnd), take + Math.Min(0, fromEnd), ct);
        items.Reverse();
        return items;
    }

    private Task<List<ColumnModel.Listed>> ReadPageAsync(IReadOnlyList<int> columnIds, DateTimeOffset now, bool ascending, int skip, int take, CancellationToken ct)
    {
        var (inList, args) = ColumnArgs(columnIds, now);
        args.Add(("skip", skip));
        var order = ascending ? "\"PublishedAt\", \"Id\"" : "\"PublishedAt\" DESC, \"Id\" DESC";
        // The page size is written into the SQL, not bound: SQLite's planner reads a bound LIMIT's
        // value, which makes it prepare the statement again at every run (an uncached column
        // page's read took 54 µs instead of 22 at a million items); OFFSET has no such effect.
        return reads.ReadAsync(
            $"SELECT \"Id\", \"Title\", \"PublishedAt\", \"ScheduledFor\" FROM \"Publication\" WHERE {Visible} AND \"ColumnId\" {inList} ORDER BY {order} LIMIT {take.ToString(System.Globalization.CultureInfo.InvariantCulture)} OFFSET @skip",
            args, r =>
            {
                var items = new List<ColumnModel.Listed>();
                while (r.Read())
                {
                    items.Add(new ColumnModel.Listed(r.GetInt32(0), r.GetString(1), reads.GetTime(r, 2) ?? reads.GetTime(r, 3)));
                }

                return items;
            }, ct);
    }

    /// <summary>"= @c0" for one column (the index is used as for an equality), "IN (@c0, @c1, …)" for a column and its sub-columns.</summary>
    private (string InList, List<(string Name, object? Value)> Args) ColumnArgs(IReadOnlyList<int> columnIds, DateTimeOffset now)
    {
        var args = new List<(string Name, object? Value)> { ("now", reads.Time(now)) };
        for (var i = 0; i < columnIds.Count; i++)
        {
            args.Add(($"c{i}", columnIds[i]));
        }

        var names = string.Join(", ", Enumerable.Range(0, columnIds.Count).Select(i => $"@c{i}"));
        return (columnIds.Count == 1 ? "= @c0" : $"IN ({names})", args);
    }
}

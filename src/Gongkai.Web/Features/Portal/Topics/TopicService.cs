using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Shared.Caching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Portal.Topics;

/// <summary>专题: the district office (a supervisor) or the system administrator creates and edits
/// them, audited; the public reads published ones. A change refreshes every cached public page,
/// because the home page lists the topics.</summary>
public sealed partial class TopicService(GongkaiDbContext db, StaffAccess staff, AuditTrail audit, PortalCache cache, TimeProvider clock)
{
    public const string TargetType = "portalTopic";

    public sealed record Item(int Id, int OrganizationId, string Organ, string Title, DateTimeOffset? PublishedAt);

    public sealed record ColumnBlock(string Key, string Title, List<Item> Items);

    public async Task<bool> MayManageAsync(CancellationToken ct = default) => staff.IsSystemAdmin || await staff.IsSupervisorAsync(ct);

    public Task<List<PortalTopic>> ListAsync(bool publishedOnly, CancellationToken ct = default) =>
        db.Set<PortalTopic>().AsNoTracking().Where(t => !publishedOnly || t.IsPublished).OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(ct);

    public Task<PortalTopic?> FindAsync(string slug, CancellationToken ct = default) =>
        db.Set<PortalTopic>().AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);

    /// <summary>Creates (id null) or updates a topic. Returns its id; a Chinese message names every bad field.</summary>
    public async Task<int> SaveAsync(int? id, string? slug, string? title, string? intro, string? columnKeys, string? searchTerms, bool published, int sortOrder, CancellationToken ct = default)
    {
        if (!await MayManageAsync(ct))
        {
            throw new PublicationForbiddenException("只有区政府办公室（督查）或系统管理员可以编辑专题。");
        }

        var errors = new List<string>();
        var s = slug?.Trim().ToLowerInvariant() ?? "";
        var t = title?.Trim() ?? "";
        if (!SlugPattern().IsMatch(s))
        {
            errors.Add("专题地址须为 2–60 位小写字母、数字或连字符，如 liuwen-liubao。");
        }

        if (t.Length is 0 or > 100)
        {
            errors.Add("请填写专题名称（不超过 100 字）。");
        }

        var keys = PortalTopic.Lines(columnKeys);
        var terms = PortalTopic.Lines(searchTerms);
        if (keys.Count == 0 && terms.Count == 0)
        {
            errors.Add("请至少填写一个栏目或一个检索词。");
        }

        var known = await db.Set<PublicationColumn>().Where(c => keys.Contains(c.Key)).Select(c => c.Key).Distinct().ToListAsync(ct);
        var unknown = keys.Except(known).ToList();
        if (unknown.Count > 0)
        {
            errors.Add($"没有这些栏目：{string.Join("、", unknown)}。");
        }

        if (terms.Any(x => x.Length > 50))
        {
            errors.Add("每个检索词不超过 50 字。");
        }

        if (intro?.Length > 2000)
        {
            errors.Add($"专题简介不能超过 2000 字（现为 {intro.Length} 字）。");
        }

        if (await db.Set<PortalTopic>().AnyAsync(x => x.Slug == s && x.Id != id, ct))
        {
            errors.Add($"专题地址“{s}”已被使用。");
        }

        if (errors.Count > 0)
        {
            throw new PublicationRuleException(string.Join(" ", errors));
        }

        var topic = id is { } existing ? await db.Set<PortalTopic>().FirstOrDefaultAsync(x => x.Id == existing, ct) ?? throw new PublicationRuleException("未找到该专题。")
            : db.Add(new PortalTopic { Slug = s, Title = t }).Entity;
        var before = id is null ? null : new { topic.Slug, topic.Title, topic.ColumnKeys, topic.SearchTerms, topic.IsPublished };
        topic.Slug = s;
        topic.Title = t;
        topic.Intro = string.IsNullOrWhiteSpace(intro) ? null : intro.Trim();
        topic.ColumnKeys = string.Join("\n", keys);
        topic.SearchTerms = string.Join("\n", terms);
        topic.IsPublished = published;
        topic.SortOrder = sortOrder;
        topic.UpdatedAt = clock.GetUtcNow();
        topic.UpdatedBy = staff.User.Identity?.Name;
        await db.SaveChangesAsync(ct);
        audit.Record(id is null ? "portalTopic.created" : "portalTopic.changed", targetType: TargetType, targetId: topic.Id.ToString(CultureInfo.InvariantCulture),
            before: before, after: new { topic.Slug, topic.Title, topic.ColumnKeys, topic.SearchTerms, topic.IsPublished });
        await db.SaveChangesAsync(ct);
        await cache.EvictAllAsync(ct);
        return topic.Id;
    }

    /// <summary>The newest public items of each of the topic's columns, across every organ.</summary>
    public async Task<List<ColumnBlock>> BlocksAsync(PortalTopic topic, int perColumn, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var keys = topic.ColumnKeyList;
        // Every organ has the column under the same key; one query names them all.
        var titles = (await db.Set<PublicationColumn>().AsNoTracking().Where(c => keys.Contains(c.Key)).OrderBy(c => c.Id)
            .Select(c => new { c.Key, c.Title }).ToListAsync(ct))
            .DistinctBy(c => c.Key).ToDictionary(c => c.Key, c => c.Title);
        var blocks = new List<ColumnBlock>();
        foreach (var key in keys)
        {
            if (!titles.TryGetValue(key, out var title))
            {
                continue;
            }

            var items = await (from p in db.Set<Publication>().VisibleAt(now)
                               join c in db.Set<PublicationColumn>() on p.ColumnId equals c.Id
                               join o in db.Set<Organization>() on p.OrganizationId equals o.Id
                               where c.Key == key
                               orderby p.PublishedAt descending, p.Id descending
                               select new Item(p.Id, p.OrganizationId, o.Name, p.Title, p.PublishedAt ?? p.ScheduledFor)).AsNoTracking().Take(perColumn).ToListAsync(ct);
            blocks.Add(new ColumnBlock(key, title, items));
        }

        return blocks;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,59}$")]
    private static partial Regex SlugPattern();
}

using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Domain.Publications;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Search;

public static class SearchTestKit
{
    /// <summary>Waits until every change saved so far is searchable (the indexer is asynchronous).</summary>
    public static async Task IndexedAsync(this GongkaiFactory factory)
    {
        await using var scope = factory.Scope();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        Assert.True(await indexer.WaitUntilCurrentAsync(TimeSpan.FromSeconds(30)), "the search index did not catch up with the change feed");
    }

    public static SearchIndex Index(this GongkaiFactory factory)
    {
        factory.Scope().Dispose();
        return factory.Services.GetRequiredService<SearchIndex>();
    }

    /// <summary>The node's index directories (checkpoint, current directory, builds).</summary>
    public static SearchIndexStore IndexStore(this GongkaiFactory factory)
    {
        factory.Scope().Dispose();
        return factory.Services.GetRequiredService<SearchIndexStore>();
    }

    /// <summary>Every matching item id of a kind, across all pages.</summary>
    public static HashSet<int> AllIds(this GongkaiFactory factory, string query, string kind = PublicationSearchSource.SourceKind, bool titleOnly = false)
    {
        var index = factory.Index();
        var ids = new HashSet<int>();
        for (var page = 1; ; page++)
        {
            var result = index.Search(new SearchRequest { Query = query, Page = page, PageSize = SearchRequest.MaxPageSize, TitleOnly = titleOnly }, factory.Clock.GetUtcNow());
            ids.UnionWith(result.Hits.Where(h => h.Kind == kind).Select(h => h.Id));
            if (page >= result.PageCount)
            {
                return ids;
            }
        }
    }

    private const string MarkerAlphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";

    /// <summary>Six CJK characters unique to one test, so tests sharing an index do not see each other.</summary>
    public static string Marker() => new(Guid.NewGuid().ToString("N")[..6].Select(c => MarkerAlphabet[Convert.ToInt32(c.ToString(), 16)]).ToArray());

    /// <summary>A published item written straight to the database (the feed row comes with it).</summary>
    public static async Task<int> ItemAsync(this GongkaiFactory factory, int orgId, string title, string body = "正文",
        string? documentNumber = null, DateTimeOffset? publishedAt = null, DateTimeOffset? scheduledFor = null, string? indexNumber = null)
    {
        var id = 0;
        await factory.WithDbAsync(async db =>
        {
            var column = await db.Set<PublicationColumn>().FirstAsync(c => c.OrganizationId == orgId && c.Key == "item-1");
            var at = scheduledFor ?? publishedAt ?? factory.Clock.GetUtcNow();
            var p = new Publication
            {
                OrganizationId = orgId,
                ColumnId = column.Id,
                Title = title,
                BodyHtml = $"<p>{body}</p>",
                DocumentNumber = documentNumber,
                Topic = "综合政务",
                Genre = "通知",
                FormedOn = DateOnly.FromDateTime(at.UtcDateTime),
                Status = scheduledFor is null ? PublicationStatus.Published : PublicationStatus.Scheduled,
                PublishedAt = at,
                ScheduledFor = scheduledFor,
                CreatedAt = at,
                UpdatedAt = at,
                PublishedRevisionNumber = 1,
                IndexNumber = indexNumber,
            };
            db.Add(p);
            await db.SaveChangesAsync();
            id = p.Id;
        });
        return id;
    }

    public static async Task<JsonElement> SearchApiAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/search?" + query);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static List<int> Ids(this JsonElement result) => result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    public static string Q(string text) => "q=" + Uri.EscapeDataString(text);
}

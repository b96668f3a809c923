using Gongkai.Bench;
using Gongkai.Domain.Publications;
using Gongkai.Domain.Search;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Publications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Search;

/// <summary>The promise of search: every public item whose title, body or attachment text contains
/// the query (after normalisation) is found, and nothing else, whatever a word segmenter makes of
/// either. Checked against a plain substring scan over generated government text.</summary>
public sealed class SearchRecallTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private sealed record Item(int Id, string[] Texts);

    [Fact]
    public async Task Search_finds_exactly_the_items_a_substring_scan_finds()
    {
        var items = await GenerateAsync(count: 120);
        var random = new Random(20261127);
        var queries = new List<string> { "办公", "办公室", "工作要点", "公开", "要点", "政府办", "2020", "２０２１年", "关于", "通知" };
        while (queries.Count < 250)
        {
            var texts = items[random.Next(items.Count)].Texts;
            var text = texts[random.Next(texts.Length)];
            var length = random.Next(2, 7);
            if (text.Length < length)
            {
                continue;
            }

            var candidate = text.Substring(random.Next(text.Length - length + 1), length);
            if (!candidate.Contains(' ') && !char.IsSurrogate(candidate[0]) && !char.IsSurrogate(candidate[^1]))
            {
                queries.Add(candidate);
            }
        }

        var misses = new List<string>();

        foreach (var query in queries)
        {
            var normalized = SearchText.Normalize(query);
            var expected = items.Where(i => i.Texts.Any(t => t.Contains(normalized, StringComparison.Ordinal))).Select(i => i.Id).ToHashSet();
            var actual = factory.AllIds(query);
            if (!expected.SetEquals(actual))
            {
                misses.Add($"{query}: expected {expected.Count}, found {actual.Count}, missing [{string.Join(',', expected.Except(actual).Take(5))}], extra [{string.Join(',', actual.Except(expected).Take(5))}]");
            }
        }

        Assert.True(misses.Count == 0, string.Join('\n', misses));
        // The segmenter splits these differently in 办公室 and in 工作要点 as a phrase: still found.
        Assert.NotEmpty(factory.AllIds("办公"));
        Assert.NotEmpty(factory.AllIds("工作要点"));
    }

    private async Task<List<Item>> GenerateAsync(int count)
    {
        var orgId = await factory.PortalOrganAsync();
        var text = new GovernmentText(4242);
        var publications = new List<(Publication P, string? Attachment)>();
        await factory.WithDbAsync(async db =>
        {
            var column = await db.Set<PublicationColumn>().FirstAsync(c => c.OrganizationId == orgId && c.Key == "item-1");
            var now = factory.Clock.GetUtcNow();
            for (var i = 0; i < count; i++)
            {
                // Some titles full-width, as pasted from other systems.
                var title = i % 7 == 0 ? ToFullWidth(text.Title(i)) : text.Title(i);
                var p = new Publication
                {
                    OrganizationId = orgId,
                    ColumnId = column.Id,
                    Title = title,
                    BodyHtml = text.Body(),
                    FormedOn = DateOnly.FromDateTime(now.UtcDateTime),
                    Status = PublicationStatus.Published,
                    PublishedAt = now.AddDays(-i),
                    CreatedAt = now,
                    UpdatedAt = now,
                    PublishedRevisionNumber = 1,
                };
                db.Add(p);
                publications.Add((p, i % 3 == 0 ? $"附件{i}：{text.Title(i + 1000)}。请各单位于{i % 28 + 1}日前报送区政府办公室。" : null));
            }

            // Added items reach the feed in the same transaction as their insert.
            await db.SaveChangesAsync();
            foreach (var (p, attachment) in publications.Where(x => x.Attachment is not null))
            {
                db.Add(new PublicationAttachment
                {
                    PublicationId = p.Id,
                    RevisionNumber = 1,
                    FileName = "附件.docx",
                    ContentType = "application/octet-stream",
                    Sha256 = new string('0', 64),
                    UploaderName = "测试",
                    UploadedAt = now,
                    TextStatus = AttachmentTextStatus.Extracted,
                    ExtractedText = attachment,
                });
            }

            await db.SaveChangesAsync();
        });
        await factory.IndexedAsync();
        return publications.Select(x => new Item(x.P.Id, new[] { x.P.Title, HtmlText.Of(x.P.BodyHtml), x.Attachment ?? string.Empty }
            .Select(SearchText.Normalize).ToArray())).ToList();
    }

    private static string ToFullWidth(string s) => new(s.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c).ToArray());
}

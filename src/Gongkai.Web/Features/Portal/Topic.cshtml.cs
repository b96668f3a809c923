using Gongkai.Web.Features.Portal.Topics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.Portal;

/// <summary>/zt/{slug}: a published 专题 with the newest items of its columns and its saved searches.</summary>
[OutputCache(PolicyName = Shared.Caching.PortalCache.PolicyName)]
[Shared.Caching.CrossOrganPage]
public sealed class TopicModel(TopicService topics) : PageModel
{
    public PortalTopic Topic { get; private set; } = null!;

    public List<TopicService.ColumnBlock> Blocks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await topics.FindAsync(slug, ct) is not { IsPublished: true } topic)
        {
            return NotFound();
        }

        Topic = topic;
        Blocks = await topics.BlocksAsync(topic, 10, ct);
        return Page();
    }
}

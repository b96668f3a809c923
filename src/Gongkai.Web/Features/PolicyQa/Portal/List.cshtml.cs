using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PolicyQa.Portal;

/// <summary>/zcwd: every question and answer, newest first, filtered by words of the question or
/// answer (<c>?q=</c>) and by organ (<c>?org=</c>).</summary>
[OutputCache(PolicyName = PolicyQaCache.PolicyName)]
public sealed class PolicyQaListModel(GongkaiDbContext db) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Org { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public List<(PolicyQuestion Question, string Organ)> Questions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var questions = db.Set<PolicyQuestion>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            questions = questions.Where(x => x.Question.Contains(q) || x.Answer.Contains(q));
        }

        if (Org is { } org)
        {
            questions = questions.Where(x => x.OrganizationId == org);
        }

        Total = await questions.CountAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        Questions = (await questions.OrderByDescending(x => x.UpdatedAt).ThenByDescending(x => x.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
                .Join(db.Set<Organization>(), x => x.OrganizationId, o => o.Id, (x, o) => new { x, o.Name }).ToListAsync(ct))
            .Select(r => (r.x, r.Name)).ToList();
    }
}

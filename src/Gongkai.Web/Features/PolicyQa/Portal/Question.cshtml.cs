using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.PolicyQa.Portal;

/// <summary>/zcwd/{id}: a question, its answer and the public policies it explains.</summary>
[OutputCache(PolicyName = PolicyQaCache.PolicyName)]
public sealed class PolicyQuestionModel(GongkaiDbContext db, PolicyQaService service) : PageModel
{
    public PolicyQuestion Item { get; private set; } = null!;

    public string Organ { get; private set; } = "";

    public List<PolicyLinkView> Policies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var q = await db.Set<PolicyQuestion>().AsNoTracking().Include(x => x.Links).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (q is null)
        {
            return NotFound();
        }

        Item = q;
        Organ = await db.Set<Organization>().Where(o => o.Id == q.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        Policies = await service.PublicPoliciesAsync(q.Links, ct);
        return Page();
    }
}

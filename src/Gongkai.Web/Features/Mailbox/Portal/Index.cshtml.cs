using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Mailbox.Portal;

/// <summary>区长信箱 home: how to write, the hotline, and the published letters (masked copies only), newest first.</summary>
[OutputCache(PolicyName = MailboxCache.PolicyName)]
[AllowAnonymous]
public sealed class IndexModel(GongkaiDbContext db, MailboxService service) : PageModel
{
    public const int PageSize = 20;

    public List<(MailboxLetter Letter, string Organization)> Letters { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasMore { get; private set; }

    public MailboxOptions Settings => service.Options;

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        PageNumber = Math.Max(1, page ?? 1);
        var rows = await db.Set<MailboxLetter>().AsNoTracking().Where(l => l.PublishedAt != null)
            .OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        HasMore = rows.Count > PageSize;
        var ids = rows.Select(r => r.RepliedByOrganizationId).OfType<int>().Distinct().ToList();
        var names = await db.Set<Organization>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        Letters = rows.Take(PageSize).Select(l => (l, l.RepliedByOrganizationId is { } o ? names.GetValueOrDefault(o, "") : MailboxAnalysis.DistrictOfficeLabel)).ToList();
    }
}

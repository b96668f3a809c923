using Gongkai.Web.Data;
using Gongkai.Web.Features.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Mailbox.Portal;

/// <summary>A published letter and its reply: only the masked copies; an unpublished letter is 404.</summary>
[OutputCache(PolicyName = MailboxCache.PolicyName)]
[AllowAnonymous]
public sealed class LetterModel(GongkaiDbContext db) : PageModel
{
    public MailboxLetter Letter { get; private set; } = null!;

    public string Organization { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var letter = await db.Set<MailboxLetter>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.PublishedAt != null && l.PublishConsent, ct);
        if (letter is null)
        {
            return NotFound();
        }

        Letter = letter;
        Organization = letter.RepliedByOrganizationId is { } o
            ? await db.Set<Organization>().Where(x => x.Id == o).Select(x => x.Name).FirstOrDefaultAsync(ct) ?? ""
            : MailboxAnalysis.DistrictOfficeLabel;
        return Page();
    }
}
